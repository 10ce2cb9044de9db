package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import dev.mcphex.distribution.config.Release;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mcphex version}: prints {@code mcphex <version>}. */
@Command(name = "version",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = "Prints the version of mcphex.")
final class VersionCommand implements Callable<Integer> {
    private final Release release;

    @Spec
    private CommandSpec spec;

    @Inject
    VersionCommand(Release release) {
        this.release = release;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(ReleaseVersionProvider.line(release));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
