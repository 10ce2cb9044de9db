package dev.mcphex.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server tests use: the one {@code MCP_TEST_DATABASE_URL} names when it is set and
 * answers, otherwise an embedded one started once per test run. Each test gets its own schema.
 */
public final class TestDatabase {
    /** The variable that names a server for tests. */
    static final String VARIABLE = "MCP_TEST_DATABASE_URL";

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static PostgresSettings server;
    private static String url;

    private TestDatabase() {
    }

    /** The server's settings, starting an embedded server on first use when none is configured. */
    static synchronized PostgresSettings server() {
        if (server == null) {
            server = configured();
            if (server == null) {
                server = embedded();
            }
        }
        return server;
    }

    /**
     * The server's URL, as {@code MCP_DATABASE_URL} takes it, for tests that configure a whole server
     * (they share its default schema).
     */
    public static synchronized String url() {
        server();
        return url;
    }

    /** A database over a new, migrated schema of its own. */
    static PostgresDatabase fresh() {
        PostgresDatabase database = new PostgresDatabase(server().withPoolSize(4),
                "t_" + UUID.randomUUID().toString().replace("-", ""));
        database.migrate();
        return database;
    }

    private static PostgresSettings configured() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            return null;
        }
        PostgresSettings settings = PostgresSettings.parse(url).withConnectTimeout(Duration.ofSeconds(2));
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", "2");
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), properties)) {
            TestDatabase.url = url;
            return settings;
        } catch (SQLException e) {
            LOG.warn("{} ({}) does not answer; using an embedded server: {}", VARIABLE, settings.safeUrl(),
                    e.getMessage());
            return null;
        }
    }

    private static PostgresSettings embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    LOG.warn("Could not stop the embedded server", e);
                }
            }));
            url = "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
            return PostgresSettings.parse(url);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }
}
