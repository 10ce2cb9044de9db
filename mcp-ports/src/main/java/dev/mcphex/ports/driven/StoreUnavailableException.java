package dev.mcphex.ports.driven;

/**
 * A driven port's store (PostgreSQL, Redis) could not do what was asked: unreachable, timed out,
 * refused. Adapters translate their drivers' exceptions into this one before they cross the port, so
 * callers can tell an outage from a bug; the message names the store and never holds a secret.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
