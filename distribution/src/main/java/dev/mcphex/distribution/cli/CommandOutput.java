package dev.mcphex.distribution.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** What the store commands print: results on the command's output, failures on its error stream. */
final class CommandOutput {

    private CommandOutput() {
    }

    /** Prints a result line on the command's output. */
    static void print(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(text);
        out.flush();
    }

    /** Prints {@code mcphex: message} on the command's error stream and returns the failure exit code. */
    static int fail(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("mcphex: " + message);
        err.flush();
        return Failures.EXIT_FAILURE;
    }
}
