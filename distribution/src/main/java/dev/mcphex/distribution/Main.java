package dev.mcphex.distribution;

import dev.mcphex.distribution.cli.Cli;
import dev.mcphex.distribution.cli.Failures;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code mcphex} executable. Binds the command line to the process: its environment, the tool packs
 * on its class path, its standard streams, and its exit code.
 */
public final class Main {
    private static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";

    private Main() {
    }

    public static void main(String[] args) {
        // Guice generates classes only for method interception, which mcphex does not use; left on, it
        // calls sun.misc.Unsafe, and JDK 24 and later warn about that on every start.
        if (System.getProperty(GUICE_BYTECODE_GEN) == null) {
            System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode;
        try {
            var injector = CompositionRoot.injector(Environment.system(), ToolPackModule.discovered());
            exitCode = Cli.create(injector).setOut(out).setErr(err).execute(args);
        } catch (RuntimeException e) {
            err.println(Failures.line(e));
            exitCode = Failures.EXIT_FAILURE;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
