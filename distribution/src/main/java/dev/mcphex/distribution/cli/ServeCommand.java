package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.mcphex.adapter.javalin.HttpOptions;
import dev.mcphex.adapter.javalin.McpHttpServer;
import dev.mcphex.adapter.javalin.ops.HttpMetrics;
import dev.mcphex.adapter.javalin.ops.MeteredServer;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.ops.OperationsEndpoints;
import dev.mcphex.distribution.wiring.Persistence;
import dev.mcphex.distribution.logging.LogLevelEndpoint;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.driven.EventLog;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code mcphex serve}: serves MCP over HTTP, with the operations endpoints beside it, until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Serves MCP over Streamable HTTP (both protocol eras) with /health, /healthz,",
                "/api/status, /tools, /metrics and POST /api/log-level beside it, until the process is stopped.",
                "Listens on MCP_HTTP_HOST:MCP_PORT (127.0.0.1:8000 by default)."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final Provider<McpEngine> engine;
    private final Provider<McpServer> transportFacing;
    private final Provider<HttpOptions> options;
    private final Provider<EventLog> eventLog;
    private final Provider<OperationsEndpoints> operations;
    private final Provider<HttpMetrics> metrics;
    private final Provider<Persistence> persistence;
    private final Provider<ResourceServer> resourceServer;

    @Inject
    ServeCommand(Provider<McpEngine> engine, Provider<McpServer> transportFacing, Provider<HttpOptions> options,
                 Provider<EventLog> eventLog, Provider<OperationsEndpoints> operations, Provider<HttpMetrics> metrics,
                 Provider<Persistence> persistence, Provider<ResourceServer> resourceServer) {
        this.resourceServer = resourceServer;
        this.engine = engine;
        this.transportFacing = transportFacing;
        this.options = options;
        this.eventLog = eventLog;
        this.operations = operations;
        this.metrics = metrics;
        this.persistence = persistence;
    }

    @Override
    public Integer call() throws Exception {
        McpEngine server = engine.get();
        HttpOptions http = options.get();
        OperationsEndpoints ops = operations.get();
        HttpMetrics meters = metrics.get();
        Persistence stores = persistence.get();
        ResourceServer auth = resourceServer.get();
        McpHttpServer running = McpHttpServer.start(new MeteredServer(stores.around(transportFacing.get()), meters),
                server, eventLog.get(), http, auth, config -> {
                    auth.protect(config, "/api/status", "/api/log-level", "/tools", "/metrics", "/");
                    new LogLevelEndpoint().accept(config);
                    ops.addTo(config);
                    config.routes.after(ctx -> meters.recordHttp(ctx.statusCode()));
                });
        meters.countStreamsWith(running.endpoint()::openStreams);
        LOG.info("Serving {} {} on http://{}:{}{} with {} tool(s)", server.serverInfo().name(),
                server.serverInfo().version(), http.host(), running.port(), http.path(), server.tools().size());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing requests in flight");
            try {
                running.close();
                server.close();
                stores.close();
            } catch (Exception e) {
                LOG.warn("Stopping did not finish cleanly", e);
            }
            stopped.countDown();
        }, "mcphex-shutdown"));
        stopped.await();
        return 0;
    }
}
