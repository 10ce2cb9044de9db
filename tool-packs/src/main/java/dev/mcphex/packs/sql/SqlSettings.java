package dev.mcphex.packs.sql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how the {@code sql} pack queries.
 *
 * @param jdbcUrl  a {@code jdbc:postgresql://} URL; credentials may be among its parameters
 * @param user     the user, or {@code null} when the URL names it or the driver's default applies
 * @param password the password, or {@code null}
 * @param schemas  the schemas queries may read, in {@code search_path} order; at least one
 * @param maxRows  the most rows one query returns
 * @param timeout  how long one query may run before the database cancels it
 */
public record SqlSettings(String jdbcUrl, String user, String password, List<String> schemas, int maxRows,
                          Duration timeout) {
    /** What a schema name in the allowlist may look like: a plain, unquoted identifier. */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_$]{0,62}");

    public SqlSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://… or jdbc:postgresql://…)");
        }
        schemas = schemas.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("at least one schema must be allowed");
        }
        for (String schema : schemas) {
            if (!SCHEMA.matcher(schema).matches()) {
                throw new IllegalArgumentException("not a plain schema name: " + schema);
            }
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /**
     * Settings from a {@code postgresql://user:password@host:port/db?params}, {@code postgres://…} or
     * {@code jdbc:postgresql://…} URL.
     *
     * @throws IllegalArgumentException if the URL is none of these, or a setting is out of range
     */
    public static SqlSettings parse(String url, List<String> schemas, int maxRows, Duration timeout) {
        String value = Objects.requireNonNull(url, "url").strip();
        if (value.startsWith("jdbc:")) {
            return new SqlSettings(value, null, null, schemas, maxRows, timeout);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("postgresql") && !scheme.equals("postgres") || uri.getHost() == null) {
            throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://… or jdbc:postgresql://…)");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new SqlSettings(jdbc, user, password, schemas, maxRows, timeout);
    }

    /** The URL without credentials, safe to show. */
    public String safeUrl() {
        int query = jdbcUrl.indexOf('?');
        return (user == null ? "" : user + "@") + (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query));
    }

    @Override
    public String toString() {
        return "SqlSettings[" + safeUrl() + ", schemas=" + schemas + ", maxRows=" + maxRows + ", timeout=" + timeout + "]";
    }
}
