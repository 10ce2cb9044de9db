package dev.mcphex.adapter.openai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(500));

    @Test
    void onlyRateLimitsAndServerErrors_areRetried() {
        assertThat(RetryPolicy.retryable(429)).isTrue();
        assertThat(RetryPolicy.retryable(503)).isTrue();
        assertThat(RetryPolicy.retryable(400)).isFalse();
        assertThat(RetryPolicy.retryable(401)).isFalse();
    }

    @Test
    void retriesAreBounded() {
        assertThat(policy.allowsAnotherAfter(3)).isTrue();
        assertThat(policy.allowsAnotherAfter(4)).isFalse();
    }

    @Test
    void retryAfterInSeconds_isHonoured() {
        assertThat(policy.waitAfter(1, Optional.of("7"), NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.waitAfter(1, Optional.of("1.5"), NOW)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void retryAfterAsAnHttpDate_isHonoured() {
        assertThat(policy.waitAfter(1, Optional.of("Sun, 22 Nov 2026 10:00:12 GMT"), NOW))
                .isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void withoutRetryAfter_theBackoffDoubles_upToTheLongestWait() {
        assertThat(policy.waitAfter(1, Optional.empty(), NOW)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.waitAfter(3, Optional.of("soon"), NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.waitAfter(20, Optional.empty(), NOW)).isEqualTo(RetryPolicy.LONGEST_WAIT);
        assertThat(policy.waitAfter(1, Optional.of("3600"), NOW)).isEqualTo(RetryPolicy.LONGEST_WAIT);
    }
}
