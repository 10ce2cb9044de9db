package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.Secrets;
import dev.mcphex.distribution.config.Setting;
import dev.mcphex.distribution.config.Settings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mcphex config check}: prints every setting's effective value, secrets masked, then one line per
 * unusable value on standard error; exits 1 if there was one.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Prints the effective configuration (secrets masked) as NAME=value lines,",
                "with '# default' after the settings nothing sets; exits 1 naming each invalid setting."})
final class ConfigCheckCommand implements Callable<Integer> {
    private final Environment environment;

    @Spec
    private CommandSpec spec;

    @Inject
    ConfigCheckCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Setting setting : Settings.ALL) {
            out.println(environment.get(setting.name())
                    .map(value -> setting.name() + "=" + Secrets.mask(setting.name(), value))
                    .orElse(setting.name() + "=  # default: " + setting.defaultValue()));
        }
        out.flush();
        List<String> problems = Settings.problems(environment);
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(problem -> err.println("mcphex: invalid configuration: " + problem));
        err.flush();
        return problems.isEmpty() ? 0 : Failures.EXIT_FAILURE;
    }
}
