package dev.mcphex.distribution.cli;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command line. {@code mcphex stdio} and {@code mcphex serve} with no other arguments than
 * {@code --config FILE}, which is how clients and services start them, run their command straight
 * from the injector, with the exit code and failure line {@link Cli} would give: picocli's class files
 * are of a version the JVM's start-up caches skip, and building its model of every command took a few
 * hundred milliseconds of each start. Every other command line goes to {@link Cli}.
 */
public final class Launch {
    private static final Logger LOG = LoggerFactory.getLogger(Launch.class);
    private static final Map<String, Class<? extends Callable<Integer>>> DIRECT =
            Map.of("stdio", StdioCommand.class, "serve", ServeCommand.class);

    private Launch() {
    }

    /** Runs {@code args} with commands from {@code injector}, printing to {@code out} and {@code err}; the exit code. */
    public static int execute(Injector injector, String[] args, PrintWriter out, PrintWriter err) {
        Optional<String> direct = directCommand(args);
        if (direct.isEmpty()) {
            return Cli.create(injector).setOut(out).setErr(err).execute(args);
        }
        try {
            return injector.getInstance(DIRECT.get(direct.get())).call();
        } catch (Exception failure) {
            LOG.debug("{} failed", direct.get(), failure);
            err.println(Failures.line(failure));
            err.flush();
            return Failures.EXIT_FAILURE;
        }
    }

    /**
     * The command {@code args} name when they are just {@code stdio} or {@code serve} and, before or after
     * it, {@code --config FILE} or {@code --config=FILE}; empty for anything else.
     */
    static Optional<String> directCommand(String[] args) {
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (LaunchOptions.CONFIG_OPTION.equals(arg) && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                i++;
            } else if (arg.startsWith(LaunchOptions.CONFIG_OPTION + "=")) {
                continue;
            } else if (command == null && DIRECT.containsKey(arg)) {
                command = arg;
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(command);
    }
}
