package dev.mcphex.adapter.openai.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a chat-completions request again: after HTTP 429 (rate limited) or a 5xx status, at most
 * {@code maxRetries} times, waiting what the server's {@code Retry-After} asks (seconds or an HTTP
 * date) or else an exponential backoff, never longer than {@link #LONGEST_WAIT}.
 *
 * @param maxRetries the retries allowed after the first attempt
 * @param backoff    the first wait without {@code Retry-After}; doubled on each retry
 */
public record RetryPolicy(int maxRetries, Duration backoff) {
    /** The longest wait between two attempts, whatever the server asks. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** Whether a response with this status may succeed when tried again. */
    public static boolean retryable(int status) {
        return status == 429 || status >= 500 && status <= 599;
    }

    /** Whether another attempt may follow attempt number {@code attempt} (counting from one). */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt <= maxRetries;
    }

    /**
     * How long to wait after attempt number {@code attempt} (counting from one) failed.
     *
     * @param retryAfter the response's {@code Retry-After} header, if any
     */
    public Duration waitAfter(int attempt, Optional<String> retryAfter, Clock clock) {
        Duration wait = retryAfter.flatMap(value -> parseRetryAfter(value.trim(), clock))
                .orElseGet(() -> backoff.multipliedBy(1L << Math.min(attempt - 1, 16)));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds < 0 || Double.isNaN(seconds) ? Optional.empty()
                    : Optional.of(Duration.ofMillis((long) Math.min(seconds * 1000, LONGEST_WAIT.toMillis())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
