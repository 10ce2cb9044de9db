package dev.mcphex.distribution.cli;

import dev.mcphex.distribution.config.LoggingConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What must be known before the command line is parsed: the configuration file ({@code --config FILE},
 * accepted before or after the command) and the command, whose kind decides the default log format.
 *
 * @param configFile the file {@code --config} names, if any
 * @param command    the first word that is not an option, or empty
 */
public record LaunchOptions(Optional<Path> configFile, String command) {
    /** The option that names the configuration file. */
    public static final String CONFIG_OPTION = "--config";

    /** Finds {@code --config FILE} (or {@code --config=FILE}) and the command among the arguments. */
    public static LaunchOptions scan(String[] args) {
        Optional<Path> file = Optional.empty();
        String command = "";
        for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
            if (CONFIG_OPTION.equals(args[i]) && i + 1 < args.length) {
                file = Optional.of(Path.of(args[++i]));
            } else if (args[i].startsWith(CONFIG_OPTION + "=")) {
                file = Optional.of(Path.of(args[i].substring(CONFIG_OPTION.length() + 1)));
            } else if (command.isEmpty() && !args[i].startsWith("-")) {
                command = args[i];
            }
        }
        return new LaunchOptions(file, command);
    }

    /** JSON for {@code serve}, whose logs go to collectors; text for the commands people read. */
    public String defaultLogFormat() {
        return "serve".equals(command) ? LoggingConfig.JSON : LoggingConfig.TEXT;
    }
}
