package dev.mcphex.distribution.cli;

import picocli.CommandLine.Command;

/** The top-level {@code mcphex} command; it only dispatches to its subcommands. */
@Command(name = "mcphex",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = "A Model Context Protocol server for the JVM.",
        subcommands = {ServeCommand.class, StdioCommand.class, VersionCommand.class, ToolsCommand.class,
                MigrateCommand.class, TokenCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:runtime failure (one line on stderr)", "2:usage error"})
final class McphexCommand {
}
