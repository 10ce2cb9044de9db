package dev.mcphex.adapter.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how to pool connections to it. The password never appears in
 * {@link #toString()} or in {@link #safeUrl()}.
 *
 * @param jdbcUrl           the JDBC URL without credentials, {@code jdbc:postgresql://host:port/db?params}
 * @param user              the user, or {@code null} for the driver's default
 * @param password          the password, or {@code null}
 * @param poolSize          the most connections the pool opens
 * @param connectTimeout    how long to wait for a connection
 * @param statementTimeout  how long one statement may run
 */
public record PostgresSettings(String jdbcUrl, String user, String password, int poolSize,
                               Duration connectTimeout, Duration statementTimeout) {
    private static final String JDBC_PREFIX = "jdbc:";

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + redact(jdbcUrl));
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be positive");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
    }

    /**
     * Reads {@code postgresql://user:pass@host:port/db?params} (also {@code postgres://}) or a
     * {@code jdbc:postgresql://} URL, with a pool of 10, a 5 s connect timeout and a 30 s statement timeout.
     *
     * @throws IllegalArgumentException naming what is wrong, without the password
     */
    public static PostgresSettings parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        String plain = trimmed.startsWith(JDBC_PREFIX) ? trimmed.substring(JDBC_PREFIX.length()) : trimmed;
        URI uri;
        try {
            uri = new URI(plain);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid database URL: " + redact(trimmed), null);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("database URL must start with postgresql://: " + redact(trimmed));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("database URL names no host: " + redact(trimmed));
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new PostgresSettings(jdbc, user, password, 10, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    public PostgresSettings withPoolSize(int size) {
        return new PostgresSettings(jdbcUrl, user, password, size, connectTimeout, statementTimeout);
    }

    public PostgresSettings withConnectTimeout(Duration timeout) {
        return new PostgresSettings(jdbcUrl, user, password, poolSize, timeout, statementTimeout);
    }

    /** The URL and user, for messages and logs. */
    public String safeUrl() {
        return (user == null ? "" : user + "@") + jdbcUrl.substring(JDBC_PREFIX.length());
    }

    @Override
    public String toString() {
        return "PostgresSettings[" + safeUrl() + ", poolSize=" + poolSize + ", connectTimeout=" + connectTimeout
                + ", statementTimeout=" + statementTimeout + (password == null ? "" : ", password=****") + "]";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The URL with any password replaced. */
    static String redact(String url) {
        return url.replaceAll("(//[^:/@]*):[^@/]*@", "$1:****@").replaceAll("(?i)(password=)[^&]*", "$1****");
    }
}
