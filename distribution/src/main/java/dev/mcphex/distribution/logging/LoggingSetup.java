package dev.mcphex.distribution.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import dev.mcphex.distribution.config.LoggingConfig;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@link LoggingConfig} to logback: one appender on standard error in the chosen format and,
 * when a directory is configured, a file {@code mcphex.log} there, rolled daily and kept 14 days, always
 * in JSON. JSON lines carry the MDC that {@link MdcMcpServer} fills: request id, method, tool, principal,
 * duration and trace id.
 */
public final class LoggingSetup {
    static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36}%replace( %mdc){' $', ''} - %msg%n";
    private static final int KEPT_DAYS = 14;

    private LoggingSetup() {
    }

    /** Replaces the root logger's appenders and level with those {@code config} describes. */
    public static void apply(LoggingConfig config) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(LoggingConfig.JSON.equals(config.format()) ? json(context) : text(context));
        console.start();
        root.addAppender(console);
        config.dir().ifPresent(dir -> root.addAppender(file(context, dir)));
        root.setLevel(Level.toLevel(config.level(), Level.INFO));
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, Path dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("mcphex.log").toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir.resolve("mcphex.%d{yyyy-MM-dd}.log.gz").toString());
        policy.setMaxHistory(KEPT_DAYS);
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(json(context));
        file.start();
        return file;
    }

    static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithArguments(false);
        encoder.setWithMessage(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }
}
