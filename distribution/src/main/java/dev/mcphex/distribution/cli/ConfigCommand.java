package dev.mcphex.distribution.cli;

import picocli.CommandLine.Command;

/** {@code mcphex config}: groups the commands about configuration. */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = "Commands about the configuration (environment over --config file over defaults).",
        subcommands = ConfigCheckCommand.class)
final class ConfigCommand {
}
