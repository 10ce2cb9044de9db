package dev.mcphex.adapter.javalin;

import dev.mcphex.ports.driven.EventLog;
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

    private McpHttpServer(Javalin app, StreamableHttpEndpoint endpoint) {
        this.app = app;
        this.endpoint = endpoint;
    }

    /**
     * Starts a server.
     *
     * @param extra more configuration, such as operations endpoints; may be a no-op
     */
    public static McpHttpServer start(McpServer server, ServerIntrospection introspection, EventLog eventLog,
                                      HttpOptions options, Consumer<JavalinConfig> extra) {
        var endpoint = new StreamableHttpEndpoint(server, introspection, eventLog, options);
        Javalin app = Javalin.create(config -> {
            configure(config, options);
            endpoint.addTo(config);
            extra.accept(config);
        });
        app.start(options.host(), options.port());
        return new McpHttpServer(app, endpoint);
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
        endpoint.stop();
        app.stop();
    }
}
