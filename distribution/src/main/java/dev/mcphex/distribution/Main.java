package dev.mcphex.distribution;

import com.google.inject.multibindings.OptionalBinder;
import dev.mcphex.distribution.cli.Failures;
import dev.mcphex.distribution.cli.Launch;
import dev.mcphex.distribution.cli.LaunchOptions;
import dev.mcphex.distribution.config.ConfigFile;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.config.LoggingConfig;
import dev.mcphex.distribution.logging.LoggingSetup;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ProcessStreams;
import dev.mcphex.distribution.wiring.ToolPackModule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The {@code mcphex} executable. Binds the command line to the process: its environment (over the
 * configuration file, if one is named), its logging, the tool packs on its class path, its standard
 * streams, and its exit code.
 */
public final class Main {
    private static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";

    private Main() {
    }

    public static void main(String[] args) {
        disableGuiceBytecodeGeneration();
        prepareBigDecimalInBackground();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = run(args, Environment.system(), new ProcessStreams(System.in, System.out), out, err);
        System.exit(exitCode);
    }

    /**
     * Runs one command line against the given environment (over the configuration file, if one is named)
     * and standard streams, and returns its exit code. The start-up training runs {@code stdio} through
     * here too, so the start-up cache holds this path.
     */
    static int run(String[] args, Environment base, ProcessStreams streams, PrintWriter out, PrintWriter err) {
        int exitCode;
        try {
            LaunchOptions launch = LaunchOptions.scan(args);
            Environment environment = ConfigFile.layered(base, launch.configFile());
            LoggingSetup.apply(logging(environment, launch));
            var injector = CompositionRoot.injector(environment, ToolPackModule.discovered(),
                    binder -> OptionalBinder.newOptionalBinder(binder, ProcessStreams.class).setBinding().toInstance(streams));
            exitCode = Launch.execute(injector, args, out, err);
        } catch (RuntimeException e) {
            err.println(Failures.line(e));
            exitCode = Failures.EXIT_FAILURE;
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    /**
     * Initializes {@code BigDecimal} on a second thread while the main thread sets up logging and the
     * injector: Jackson's node classes load it at the first JSON value, and its static tables are about
     * 20 ms of one core. Only this JDK class: a library class initialized on two threads at once can
     * deadlock when its static initializer reaches one of its own subclasses.
     */
    private static void prepareBigDecimalInBackground() {
        Thread.ofPlatform().daemon().name("mcphex-bigdecimal-init").start(() -> BigDecimal.ONE.scale());
    }

    /**
     * Guice generates classes only for method interception, which mcphex does not use; left on, it
     * calls sun.misc.Unsafe, and JDK 24 and later warn about that on every start.
     */
    static void disableGuiceBytecodeGeneration() {
        if (System.getProperty(GUICE_BYTECODE_GEN) == null) {
            System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
        }
    }

    /** The logging configuration; defaults for {@code config check}, which reports a broken one itself. */
    private static LoggingConfig logging(Environment environment, LaunchOptions launch) {
        try {
            return LoggingConfig.from(environment, launch.defaultLogFormat());
        } catch (InvalidConfigurationException e) {
            if ("config".equals(launch.command())) {
                return LoggingConfig.from(Environment.empty(), launch.defaultLogFormat());
            }
            throw e;
        }
    }
}
