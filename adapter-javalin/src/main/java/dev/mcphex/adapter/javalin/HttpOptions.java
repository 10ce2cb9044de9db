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
 * @param legacySse            the 2024-11-05 HTTP+SSE transport for old clients
 * @param webSocket            the WebSocket transport
 */
public record HttpOptions(String host, int port, String path, Set<String> allowedHosts, Set<String> corsOrigins,
                          long maxBodyBytes, int maxStreams, Duration requestTimeout, Duration keepAlive,
                          Duration sseAfter, Duration sseRetry, Duration shutdownGrace, LegacySseOptions legacySse,
                          WebSocketOptions webSocket) {

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
        Objects.requireNonNull(legacySse, "legacySse");
        Objects.requireNonNull(webSocket, "webSocket");
        if (legacySse.enabled() && (path.equals(legacySse.streamPath()) || path.equals(legacySse.messagesPath()))) {
            throw new IllegalArgumentException("the legacy SSE paths must differ from the MCP path");
        }
    }

    /** Options with both extra transports at their defaults. */
    public HttpOptions(String host, int port, String path, Set<String> allowedHosts, Set<String> corsOrigins,
                       long maxBodyBytes, int maxStreams, Duration requestTimeout, Duration keepAlive,
                       Duration sseAfter, Duration sseRetry, Duration shutdownGrace) {
        this(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout, keepAlive,
                sseAfter, sseRetry, shutdownGrace, LegacySseOptions.DEFAULTS, WebSocketOptions.DEFAULTS);
    }

    /**
     * The 2024-11-05 HTTP+SSE transport: a GET on {@code streamPath} opens the stream, messages are
     * POSTed to {@code messagesPath}.
     *
     * @see <a href="https://modelcontextprotocol.io/specification/2024-11-05/basic/transports#http-with-sse">HTTP with SSE</a>
     */
    public record LegacySseOptions(boolean enabled, String streamPath, String messagesPath) {
        /** On, at {@code /sse} and {@code /messages}. */
        public static final LegacySseOptions DEFAULTS = new LegacySseOptions(true, "/sse", "/messages");
        /** Off. */
        public static final LegacySseOptions DISABLED = new LegacySseOptions(false, "/sse", "/messages");

        public LegacySseOptions {
            if (streamPath == null || !streamPath.startsWith("/") || messagesPath == null
                    || !messagesPath.startsWith("/")) {
                throw new IllegalArgumentException("the legacy SSE paths must start with '/'");
            }
            if (streamPath.equals(messagesPath)) {
                throw new IllegalArgumentException("the legacy SSE stream and messages paths must differ");
            }
        }
    }

    /**
     * The WebSocket transport: one JSON-RPC document per text frame.
     *
     * @param path        where it upgrades; {@code null} for the MCP path itself
     * @param idleTimeout how long a connection may stay silent, pongs included, before it is closed; the
     *                    server pings every {@link HttpOptions#keepAlive()}, so only departed clients go silent
     */
    public record WebSocketOptions(boolean enabled, String path, Duration idleTimeout) {
        /** On, at the MCP path, closing connections silent for two minutes. */
        public static final WebSocketOptions DEFAULTS = new WebSocketOptions(true, null, Duration.ofMinutes(2));
        /** Off. */
        public static final WebSocketOptions DISABLED = new WebSocketOptions(false, null, Duration.ofMinutes(2));

        public WebSocketOptions {
            if (path != null && !path.startsWith("/")) {
                throw new IllegalArgumentException("the WebSocket path must start with '/'");
            }
            Objects.requireNonNull(idleTimeout, "idleTimeout");
        }
    }

    /** Where the WebSocket transport upgrades. */
    public String webSocketPath() {
        return webSocket.path() == null ? path : webSocket.path();
    }

    /** Loopback, port 8000, {@code /mcp}, localhost names only, no CORS. */
    public static HttpOptions defaults() {
        return new HttpOptions("127.0.0.1", 8000, "/mcp", LOCALHOST_NAMES, Set.of(), 4L * 1024 * 1024, 10_000,
                Duration.ofMinutes(5), Duration.ofSeconds(15), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(10));
    }

    public HttpOptions withHost(String value) {
        return new HttpOptions(value, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withPort(int value) {
        return new HttpOptions(host, value, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withPath(String value) {
        return new HttpOptions(host, port, value, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withAllowedHosts(Set<String> value) {
        return new HttpOptions(host, port, path, value, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withCorsOrigins(Set<String> value) {
        return new HttpOptions(host, port, path, allowedHosts, value, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withMaxBodyBytes(long value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, value, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withMaxStreams(int value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, value, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withRequestTimeout(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, value,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withKeepAlive(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                value, sseAfter, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withSseAfter(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, value, sseRetry, shutdownGrace, legacySse, webSocket);
    }

    public HttpOptions withShutdownGrace(Duration value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, value, legacySse, webSocket);
    }

    public HttpOptions withLegacySse(LegacySseOptions value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, value, webSocket);
    }

    /** The legacy SSE transport, on, at these paths. */
    public HttpOptions withLegacySsePaths(String streamPath, String messagesPath) {
        return withLegacySse(new LegacySseOptions(true, streamPath, messagesPath));
    }

    public HttpOptions withWebSocket(WebSocketOptions value) {
        return new HttpOptions(host, port, path, allowedHosts, corsOrigins, maxBodyBytes, maxStreams, requestTimeout,
                keepAlive, sseAfter, sseRetry, shutdownGrace, legacySse, value);
    }

    /** The WebSocket transport, on, at this path. */
    public HttpOptions withWebSocketPath(String value) {
        return withWebSocket(new WebSocketOptions(true, value, webSocket.idleTimeout()));
    }

    public HttpOptions withWebSocketIdleTimeout(Duration value) {
        return withWebSocket(new WebSocketOptions(webSocket.enabled(), webSocket.path(), value));
    }
}
