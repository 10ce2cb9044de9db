package dev.mcphex.ports.driven;

import java.util.Objects;

/**
 * The state of one dependency.
 *
 * @param status how it is
 * @param detail a short explanation, never a secret
 */
public record Health(Status status, String detail) {
    public Health {
        Objects.requireNonNull(status, "status");
    }

    /** From best to worst. */
    public enum Status {
        /** Working. */
        UP,
        /** Failing, but the server keeps its contract (buffering, retrying, falling back). */
        DEGRADED,
        /** Failing, and requests that need it fail. */
        DOWN
    }

    public static Health up() {
        return new Health(Status.UP, null);
    }
}
