package dev.mcphex.adapter.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Redis is and how to talk to it, from a {@code redis://[user:password@]host[:port][/db]} or
 * {@code rediss://…} (TLS) URL. The password never appears in {@link #toString()}.
 *
 * @param host           the server's host name or address
 * @param port           its port, 6379 by default
 * @param database       the database number, 0 by default
 * @param username       the ACL user, or {@code null}
 * @param password       the password, or {@code null}
 * @param tls            whether to connect with TLS ({@code rediss})
 * @param keyPrefix      what every key and channel of this server starts with, so that several
 *                       deployments can share one Redis
 * @param commandTimeout how long a command may take before it fails; also how quickly a lost
 *                       connection surfaces
 */
public record RedisSettings(String host, int port, int database, String username, String password, boolean tls,
                            String keyPrefix, Duration commandTimeout) {
    public static final String DEFAULT_KEY_PREFIX = "mcphex:";
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    public RedisSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the Redis URL names no host");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the Redis port must be between 1 and 65535, not " + port);
        }
        if (database < 0) {
            throw new IllegalArgumentException("the Redis database must not be negative");
        }
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("the Redis command timeout must be positive");
        }
    }

    /**
     * Reads a Redis URL.
     *
     * @throws IllegalArgumentException if it is not a {@code redis://} or {@code rediss://} URL; the
     *                                  message never repeats the password
     */
    public static RedisSettings parse(String url) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(url, "url").trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid Redis URL (expected redis://[user:password@]host:port[/db])");
        }
        String scheme = uri.getScheme();
        if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("a Redis URL starts with redis:// or rediss://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the Redis URL names no host");
        }
        String username = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? "" : decode(userInfo.substring(0, colon));
            username = user.isEmpty() ? null : user;
            password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
        }
        return new RedisSettings(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(), database(uri.getPath()),
                username, password, "rediss".equalsIgnoreCase(scheme), DEFAULT_KEY_PREFIX, DEFAULT_COMMAND_TIMEOUT);
    }

    private static int database(String path) {
        String db = path == null ? "" : path.replaceFirst("^/", "");
        if (db.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(db);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the Redis URL's path must be a database number, not '" + db + "'");
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    public RedisSettings withKeyPrefix(String prefix) {
        return new RedisSettings(host, port, database, username, password, tls, prefix, commandTimeout);
    }

    public RedisSettings withCommandTimeout(Duration timeout) {
        return new RedisSettings(host, port, database, username, password, tls, keyPrefix, timeout);
    }

    @Override
    public String toString() {
        return (tls ? "rediss://" : "redis://") + (username == null ? "" : username + "@") + host + ":" + port
                + "/" + database + (password == null ? "" : " (password set)");
    }
}
