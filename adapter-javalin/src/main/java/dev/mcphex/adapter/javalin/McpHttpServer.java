package dev.mcphex.adapter.javalin;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.internal.HttpReplies;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.driving.ServerIntrospection;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.function.Consumer;

/**
 * A standalone HTTP server for an MCP server: {@code McpHttpServer.start(server, eventLog, options)}
 * listens at once, on virtual threads. To add the endpoint to a Javalin application of your own, use
 * {@link #mount}.
 */
public final class McpHttpServer implements AutoCloseable {
    private final Javalin app;
    private final StreamableHttpEndpoint endpoint;
    private final LegacySseEndpoint legacySse;
    private final WebSocketEndpoint webSocket;

    private McpHttpServer(Javalin app, StreamableHttpEndpoint endpoint, LegacySseEndpoint legacySse,
                          WebSocketEndpoint webSocket) {
        this.app = app;
        this.endpoint = endpoint;
        this.legacySse = legacySse;
        this.webSocket = webSocket;
    }

    /**
     * Starts a server: Streamable HTTP on the MCP path, and the 2024-11-05 HTTP+SSE and WebSocket
     * transports unless the options turn them off.
     *
     * @param extra more configuration, such as operations endpoints; may be a no-op
     */
    public static McpHttpServer start(McpServer server, ServerIntrospection introspection, EventLog eventLog,
                                      HttpOptions options, Consumer<JavalinConfig> extra) {
        return start(server, introspection, eventLog, options, ResourceServer.disabled(), extra);
    }

    /**
     * Starts a server whose MCP transports accept only requests with a bearer token that
     * {@code resourceServer} accepts, and that serves its protected resource metadata.
     */
    public static McpHttpServer start(McpServer server, ServerIntrospection introspection, EventLog eventLog,
                                      HttpOptions options, ResourceServer resourceServer,
                                      Consumer<JavalinConfig> extra) {
        var endpoint = new StreamableHttpEndpoint(server, introspection, eventLog, options, resourceServer);
        var legacySse = options.legacySse().enabled()
                ? new LegacySseEndpoint(server, options, resourceServer) : null;
        var webSocket = options.webSocket().enabled()
                ? new WebSocketEndpoint(server, options, resourceServer) : null;
        Javalin app = Javalin.create(config -> {
            configure(config, options);
            resourceServer.addTo(config);
            endpoint.addTo(config);
            if (legacySse != null) {
                legacySse.addTo(config);
            }
            if (webSocket != null) {
                webSocket.addTo(config);
            }
            extra.accept(config);
        });
        app.start(options.host(), options.port());
        return new McpHttpServer(app, endpoint, legacySse, webSocket);
    }

    /** Adds the MCP endpoint to an application being configured; returns it so the caller can stop it. */
    public static StreamableHttpEndpoint mount(JavalinConfig config, McpServer server,
                                               ServerIntrospection introspection, EventLog eventLog,
                                               HttpOptions options) {
        var endpoint = new StreamableHttpEndpoint(server, introspection, eventLog, options);
        endpoint.addTo(config);
        return endpoint;
    }

    private static void configure(JavalinConfig config, HttpOptions options) {
        config.concurrency.useVirtualThreads = true;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        config.jetty.modifyServer(server -> server.setStopTimeout(options.shutdownGrace().toMillis()));
        // No per-connection cache of request header lines: about 96 KB of char arrays per connection
        // that outlived the young collections and filled the old generation as clients came and went.
        config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
        // A store outage that no route answered itself: a retryable 503, never a bare 500.
        config.routes.exception(StoreUnavailableException.class, (e, ctx) -> HttpReplies.unavailable(ctx, null, e));
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    public StreamableHttpEndpoint endpoint() {
        return endpoint;
    }

    /** Stops gracefully: refuses new work, ends streams, lets requests in flight finish within the grace period. */
    @Override
    public void close() throws InterruptedException {
        if (legacySse != null) {
            legacySse.stop();
        }
        if (webSocket != null) {
            webSocket.stop();
        }
        endpoint.stop();
        app.stop();
    }
}
