package dev.mcphex.distribution.cli;

import com.google.inject.Injector;
import picocli.CommandLine;

/**
 * The {@code mcphex} command line: {@code stdio}, {@code version} and {@code tools}, each with
 * {@code --help} and {@code --version}. Exit codes: 0 success, 1 runtime failure, 2 usage error.
 */
public final class Cli {
    private Cli() {
    }

    /**
     * A command line whose commands get their dependencies from {@code injector}. It prints to
     * standard output and error unless given other writers with {@link CommandLine#setOut} and
     * {@link CommandLine#setErr}.
     */
    public static CommandLine create(Injector injector) {
        return new CommandLine(McphexCommand.class, new GuiceFactory(injector))
                .setExecutionExceptionHandler(new Failures());
    }
}
