package dev.mcphex.adapter.stdio;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the stdio transport.
 *
 * @param maxLineBytes  the longest inbound line accepted, in bytes, not counting its line terminator;
 *                      longer lines are discarded and answered with an error
 * @param shutdownGrace how long in-flight requests may keep running once the input has ended, before
 *                      they are cancelled
 */
public record StdioOptions(int maxLineBytes, Duration shutdownGrace) {
    /** 16 MiB lines, 5 seconds of grace. */
    public static final StdioOptions DEFAULTS = new StdioOptions(16 * 1024 * 1024, Duration.ofSeconds(5));

    public StdioOptions {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
        }
    }

    /** These options with another line limit. */
    public StdioOptions withMaxLineBytes(int value) {
        return new StdioOptions(value, shutdownGrace);
    }

    /** These options with another grace period. */
    public StdioOptions withShutdownGrace(Duration value) {
        return new StdioOptions(maxLineBytes, value);
    }
}
