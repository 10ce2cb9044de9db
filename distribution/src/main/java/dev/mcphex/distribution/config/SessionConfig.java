package dev.mcphex.distribution.config;

import java.time.Duration;

/**
 * How long a legacy session lives without a request or an open stream; its streams end with it, so
 * clients that never say goodbye leak nothing.
 *
 * @param idleTimeout from {@value #IDLE_TIMEOUT} (such as {@code 30m}); 30 minutes by default
 */
public record SessionConfig(Duration idleTimeout) {
    public static final String IDLE_TIMEOUT = "MCP_SESSION_IDLE_TIMEOUT";
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

    /** The longest an instance serves a session from its own copy when sessions live in Redis. */
    public static final Duration MAX_REVALIDATE_AFTER = Duration.ofSeconds(1);

    public SessionConfig {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new InvalidConfigurationException(IDLE_TIMEOUT + " must be a positive duration");
        }
    }

    /**
     * How long an instance serves a session shared through Redis from its own copy before reading it
     * again: {@link #MAX_REVALIDATE_AFTER}, or half the idle timeout when that is shorter.
     */
    public Duration revalidateAfter() {
        Duration half = idleTimeout.dividedBy(2);
        return half.compareTo(MAX_REVALIDATE_AFTER) < 0 ? half : MAX_REVALIDATE_AFTER;
    }

    /**
     * Reads the configuration.
     *
     * @throws InvalidConfigurationException naming the variable when its value is not a duration
     */
    public static SessionConfig from(Environment environment) {
        return new SessionConfig(environment.get(IDLE_TIMEOUT).map(value -> {
            try {
                return Durations.parse(value);
            } catch (RuntimeException e) {
                throw new InvalidConfigurationException(IDLE_TIMEOUT + " must be a duration such as 30m or 2h");
            }
        }).orElse(DEFAULT_IDLE_TIMEOUT));
    }
}
