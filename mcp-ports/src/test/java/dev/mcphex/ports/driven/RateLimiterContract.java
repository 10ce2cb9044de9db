package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.RateLimiter.Limit;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link RateLimiter} implementation must have. The port has no clock, so refills
 * are shown with a short real period; refusals use an hour-long period, which a slow machine cannot
 * refill during the test.
 */
public abstract class RateLimiterContract {
    private static final Limit THREE_AN_HOUR = new Limit(3, Duration.ofHours(1));

    /** The limiter under test, the same instance for the whole test. */
    protected abstract RateLimiter limiter();

    private static String key() {
        return "caller-" + UUID.randomUUID();
    }

    @Test
    void fullBucket_admitsItsPermits_thenRefusesWithAPositiveRetryAfter() {
        String key = key();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter().tryAcquire(key, THREE_AN_HOUR)).as("call %d", i + 1).isEmpty();
        }
        Optional<Duration> refused = limiter().tryAcquire(key, THREE_AN_HOUR);
        assertThat(refused).hasValueSatisfying(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(THREE_AN_HOUR.period()));
    }

    @Test
    void refusedCalls_keepBeingRefused() {
        String key = key();
        Limit one = new Limit(1, Duration.ofHours(1));
        assertThat(limiter().tryAcquire(key, one)).isEmpty();
        assertThat(limiter().tryAcquire(key, one)).isPresent();
        assertThat(limiter().tryAcquire(key, one)).isPresent();
    }

    @Test
    void keys_haveSeparateBuckets() {
        String first = key();
        String second = key();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter().tryAcquire(first, THREE_AN_HOUR)).isEmpty();
        }
        assertThat(limiter().tryAcquire(first, THREE_AN_HOUR)).isPresent();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter().tryAcquire(second, THREE_AN_HOUR)).as("call %d", i + 1).isEmpty();
        }
    }

    @Test
    void emptyBucket_admitsAgainOnceThePeriodHasPassed() throws InterruptedException {
        String key = key();
        Limit twoPerQuarterSecond = new Limit(2, Duration.ofMillis(250));
        assertThat(limiter().tryAcquire(key, twoPerQuarterSecond)).isEmpty();
        assertThat(limiter().tryAcquire(key, twoPerQuarterSecond)).isEmpty();
        Thread.sleep(twoPerQuarterSecond.period().toMillis() + 100);
        assertThat(limiter().tryAcquire(key, twoPerQuarterSecond)).isEmpty();
        assertThat(limiter().tryAcquire(key, twoPerQuarterSecond)).isEmpty();
    }
}
