package dev.mcphex.adapter.javalin;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the HTTP transport listens and what it accepts.
 *
 * @param host                 the address to bind; loopback by default
 * @param port                 the port; 0 picks a free one
 * @param path                 the MCP endpoint's path
 * @param allowedHosts         host names accepted in {@code Host} and {@code Origin} (any port), against DNS rebinding
 * @param corsOrigins          origins granted cross-origin access ({@code *} for any); empty disables CORS
 * @param maxBodyBytes         the largest request body
 * @param maxStreams           the most long-lived streams (GET streams, {@code subscriptions/listen}) open at once
 * @param requestTimeout       how long one request may run before it is cancelled
 * @param keepAlive            how often an idle SSE stream gets a comment, which also detects departed clients
 * @param sseAfter             how long a request may run before its response switches to SSE
 * @param sseRetry             the reconnection delay advertised to legacy clients ({@code retry:})
 * @param shutdownGrace        how long a stop waits for requests in flight
 */
public record HttpOptions(String host, int port, String path, Set<String> allowedHosts, Set<String> corsOrigins,
                          long maxBodyBytes, int maxStreams, Duration requestTimeout, Duration keepAlive,
                          Duration sseAfter, Duration sseRetry, Duration shutdownGrace) {

    /** The names every local client uses. */
    public static final Set<String> LOCALHOST_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public HttpOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/'");
        }
        allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList());
        corsOrigins = Set.copyOf(corsOrigins);
        if (maxBodyBytes < 1 || maxStreams < 1) {
            throw new IllegalArgumentException("maxBodyBytes and maxStreams must be positive");
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(sseAfter, "sseAfter");
        Objects.requireNonNull(sseRetry, "sseRetry");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /** Loopback, port 8000, {@code /mcp}, localhost names only, no CORS. */
    public static HttpOptions defaults() {
        return new HttpOptions("127.0.0.1", 8000, "/mcp", LOCALHOST_NAMES, Set.of(), 4L * 1024 * 1024, 10_000,
                Duration.ofMinutes(5), Duration.ofSeconds(15), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(10));
    }

    public HttpOptions withHost(String value) {
        return new HttpOptions(value, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withPort(int value) {
        return new HttpOptions(host, value, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withPath(String value) {
        return new HttpOptions(host, port, value, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withAllowedHosts(Set<String> value) {
        return new HttpOptions(host, port, path, value, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withCorsOrigins(Set<String> value) {
        return new HttpOptions(host, port, path, allowedHosts, value, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withMaxBodyBytes(long value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, value, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withMaxStreams(int value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, value, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withRequestTimeout(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, value,
                keepAlive, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withKeepAlive(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                value, sseAfter, sseRetry, shutdownGrace);
    }

    public HttpOptions withSseAfter(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, value, sseRetry, shutdownGrace);
    }

    public HttpOptions withShutdownGrace(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, value);
    }
}
