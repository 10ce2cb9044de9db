package dev.mcphex.ports.driven;

/**
 * A shared store (Redis, PostgreSQL) could not be reached or did not answer in time. Store adapters
 * throw it instead of their drivers' exceptions, so that callers can tell an outage from a bug.
 */
public class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
