package dev.mcphex.ports.driven;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts calls against limits: in this process by default, shared between instances when backed by a
 * store every instance reaches. Keys name what is limited (a caller, or a caller's calls to one tool).
 */
public interface RateLimiter {

    /**
     * Takes one permit from {@code key}'s bucket.
     *
     * @return empty when the call may go ahead, otherwise how long until a permit is free
     */
    Optional<Duration> tryAcquire(String key, Limit limit);

    /**
     * At most {@code permits} calls per {@code period}, refilled gradually.
     *
     * @param permits how many calls a full bucket holds
     * @param period  how long a full refill takes
     */
    record Limit(long permits, Duration period) {
        public Limit {
            if (permits < 1) {
                throw new IllegalArgumentException("a limit must allow at least one call");
            }
            Objects.requireNonNull(period, "period");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a limit's period must be positive");
            }
        }
    }
}
