package dev.mcphex.ports.protocol;

import java.util.Locale;
import java.util.Optional;

/** Syslog severities used by {@code notifications/message}, least severe first. */
public enum LogLevel {
    DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

    /** The lowercase wire name. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(LogLevel threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Optional<LogLevel> parse(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (LogLevel level : values()) {
            if (level.wire().equals(wire)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
