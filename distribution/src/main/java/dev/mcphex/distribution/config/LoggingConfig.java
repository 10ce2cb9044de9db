package dev.mcphex.distribution.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How mcphex logs. Every line goes to standard error; a rotating file may be added.
 *
 * @param level  the root level, from {@value #LEVEL}: TRACE, DEBUG, INFO, WARN, ERROR or OFF; INFO by default
 * @param format {@code json} or {@code text}, from {@value #FORMAT}; the command chooses the default
 * @param dir    where a daily-rotated {@code mcphex.log} is kept, from {@value #DIR}; none by default
 */
public record LoggingConfig(String level, String format, Optional<Path> dir) {
    public static final String LEVEL = "LOG_LEVEL";
    public static final String FORMAT = "LOG_FORMAT";
    public static final String DIR = "MCP_LOG_DIR";
    public static final String JSON = "json";
    public static final String TEXT = "text";

    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    public LoggingConfig {
        level = level(LEVEL, level);
        if (!JSON.equals(format) && !TEXT.equals(format)) {
            throw new InvalidConfigurationException(FORMAT + " must be json or text");
        }
    }

    /**
     * Reads the configuration.
     *
     * @param defaultFormat the format when {@value #FORMAT} is unset
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static LoggingConfig from(Environment environment, String defaultFormat) {
        return new LoggingConfig(environment.get(LEVEL).orElse("INFO"),
                environment.get(FORMAT).map(f -> f.strip().toLowerCase(Locale.ROOT)).orElse(defaultFormat),
                environment.get(DIR).map(String::strip).filter(d -> !d.isEmpty()).map(Path::of));
    }

    /**
     * A level name, upper-cased.
     *
     * @throws InvalidConfigurationException naming {@code setting} if it is not a level
     */
    public static String level(String setting, String value) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(upper)) {
            throw new InvalidConfigurationException(setting + " must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF");
        }
        return upper;
    }
}
