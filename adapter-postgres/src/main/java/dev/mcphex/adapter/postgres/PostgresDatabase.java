package dev.mcphex.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mcphex.ports.driven.StoreUnavailableException;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One PostgreSQL database: a connection pool, Jdbi over it, and the schema migrations. Creating it
 * opens no connection; the pool connects on first use.
 */
public final class PostgresDatabase implements AutoCloseable {
    private static final String UNIQUE_VIOLATION = "23505";
    private final PostgresSettings settings;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String schema;

    public PostgresDatabase(PostgresSettings settings) {
        this(settings, null);
    }

    /** A database whose tables live in {@code schema} ({@code null}: the server's default search path). */
    public PostgresDatabase(PostgresSettings settings, String schema) {
        this.settings = settings;
        this.schema = schema;
        HikariConfig config = new HikariConfig();
        config.setPoolName("mcphex-postgres");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", Math.max(1, settings.connectTimeout().toSeconds()));
        config.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis()
                + (schema == null ? "" : " -c search_path=" + schema));
        this.pool = new HikariDataSource(config);
        this.jdbi = Jdbi.create(pool);
    }

    public PostgresSettings settings() {
        return settings;
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Brings the schema up to date.
     *
     * @return how many migrations ran
     * @throws PostgresException naming the database (never its password) and what went wrong
     */
    public int migrate() {
        try {
            var configuration = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
            if (schema != null) {
                configuration = configuration.schemas(schema).createSchemas(true);
            }
            return configuration.load().migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new PostgresException("cannot migrate " + settings.safeUrl() + ": " + rootMessage(e), e);
        }
    }

    /** Runs {@code work} on a pooled handle, translating driver failures into {@link StoreUnavailableException}. */
    <T> T withHandle(String what, Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw new StoreUnavailableException("PostgreSQL " + what + " failed: " + rootMessage(e), e);
        }
    }

    /** Like {@link #withHandle}, in one transaction. */
    <T> T inTransaction(String what, Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw new StoreUnavailableException("PostgreSQL " + what + " failed: " + rootMessage(e), e);
        }
    }

    /**
     * Runs {@code sql}, a {@code COPY ... FROM STDIN}, on {@code handle}'s connection with {@code rows} as its
     * input, in the format {@code sql} names. A copy that fails part-way is cancelled, so the connection
     * goes back to the pool usable.
     *
     * @return how many rows were copied
     * @throws StoreUnavailableException if the copy fails
     */
    long copyIn(String what, Handle handle, String sql, byte[] rows) {
        try {
            CopyIn copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                copy.writeToCopy(rows, 0, rows.length);
                return copy.endCopy();
            } catch (SQLException | RuntimeException e) {
                if (copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException cancel) {
                        e.addSuppressed(cancel);
                    }
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("PostgreSQL " + what + " failed: " + rootMessage(e), e);
        }
    }

    /** Whether {@code failure} was caused by a row whose key is stored already. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return PostgresSettings.redact(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    @Override
    public void close() {
        pool.close();
    }
}
