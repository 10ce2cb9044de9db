package dev.mcphex.adapter.postgres;

/**
 * A PostgreSQL operation failed in a way a port does not describe (migration, start-up). Store
 * operations throw the ports' {@code StoreUnavailableException} instead.
 */
public final class PostgresException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
