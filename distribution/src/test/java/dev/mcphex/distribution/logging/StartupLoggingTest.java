package dev.mcphex.distribution.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupLoggingTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("LOG_LEVEL");
        System.clearProperty("logback.configurationFile");
    }

    @Test
    void logsToStandardError_atTheLevelLogLevelNames() {
        System.setProperty("LOG_LEVEL", "WARN");
        var context = new LoggerContext();

        assertThat(new StartupLogging().configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
        assertThat(context.getStatusManager().getCopyOfStatusListenerList())
                .anyMatch(ProblemStatusListener.class::isInstance);
    }

    @Test
    void anUnknownLevel_meansInfo() {
        System.setProperty("LOG_LEVEL", "LOUD");
        var context = new LoggerContext();
        new StartupLogging().configure(context);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLine_takesPrecedence() {
        System.setProperty("logback.configurationFile", "custom.xml");
        var context = new LoggerContext();
        assertThat(new StartupLogging().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
    }
}
