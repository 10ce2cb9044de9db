package dev.mcphex.distribution.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.mcphex.distribution.config.LoggingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Changes log levels while the server runs. */
public final class LogLevels {
    private static final Logger LOG = LoggerFactory.getLogger(LogLevels.class);

    private LogLevels() {
    }

    /**
     * Sets the level of a logger (the root logger when {@code logger} is null or blank).
     *
     * @throws dev.mcphex.distribution.config.InvalidConfigurationException if {@code level} names no level
     * @return the logger's name
     */
    public static String set(String logger, String level) {
        String checked = LoggingConfig.level("level", level);
        String name = logger == null || logger.isBlank() ? Logger.ROOT_LOGGER_NAME : logger.strip();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(name).setLevel(Level.toLevel(checked));
        LOG.info("Log level of {} set to {}", name, checked);
        return name;
    }
}
