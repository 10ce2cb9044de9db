package dev.mcphex.distribution.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code mcphex} command; it only dispatches to its subcommands. */
@Command(name = "mcphex",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = "A Model Context Protocol server for the JVM.",
        subcommands = {ServeCommand.class, StdioCommand.class, ProxyCommand.class, ToolsCommand.class, ConfigCommand.class,
                MigrateCommand.class, ToolConfigCommand.class, AgentsCommand.class, TokenCommand.class, VersionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:runtime failure (one line on stderr)", "2:usage error"})
final class McphexCommand {
    // Read by Main before parsing (the configuration decides how the injector is built); declared here so
    // that every command accepts and documents it.
    @Option(names = LaunchOptions.CONFIG_OPTION, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (properties; keys are the environment variables' names). "
                    + "Environment variables win over it. Default: $MCP_CONFIG_FILE.")
    Path configFile;
}
