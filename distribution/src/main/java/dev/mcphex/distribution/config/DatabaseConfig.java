package dev.mcphex.distribution.config;

import java.util.Optional;

/**
 * Where the durable stores live, from {@value #MCP_DATABASE_URL} or else {@value #DATABASE_URL}
 * ({@code postgresql://user:pass@host:port/db} or a {@code jdbc:postgresql:} URL).
 */
public final class DatabaseConfig {
    /** The variable that names the database, read first. */
    public static final String MCP_DATABASE_URL = "MCP_DATABASE_URL";
    /** The conventional variable, read when {@value #MCP_DATABASE_URL} is unset. */
    public static final String DATABASE_URL = "DATABASE_URL";

    private DatabaseConfig() {
    }

    /** The configured database URL, if any. */
    public static Optional<String> url(Environment environment) {
        return environment.get(MCP_DATABASE_URL).or(() -> environment.get(DATABASE_URL)).filter(s -> !s.isBlank());
    }
}
