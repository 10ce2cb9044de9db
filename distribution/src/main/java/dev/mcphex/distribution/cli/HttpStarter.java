package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.mcphex.adapter.javalin.HttpOptions;
import dev.mcphex.adapter.javalin.McpHttpServer;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.ops.AgentEndpoints;
import dev.mcphex.adapter.javalin.ops.HistoryEndpoints;
import dev.mcphex.adapter.javalin.ops.HttpMetrics;
import dev.mcphex.adapter.javalin.ops.MeteredServer;
import dev.mcphex.adapter.javalin.ops.OperationsEndpoints;
import dev.mcphex.adapter.javalin.ops.ToolConfigurationEndpoints;
import dev.mcphex.distribution.logging.LogLevelEndpoint;
import dev.mcphex.distribution.wiring.Persistence;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.driving.McpServer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Starts what {@code mcphex serve} serves: MCP over HTTP with the operations endpoints and the tool
 * configuration and agents admin APIs beside it, the admin APIs requiring the {@value #ADMIN_SCOPE} scope when
 * authentication is on, and the history API, where that scope lets a caller read everybody's history.
 */
public final class HttpStarter {
    /** The scope the admin API requires. */
    public static final String ADMIN_SCOPE = "mcp:admin";

    private final Provider<McpEngine> engine;
    private final Provider<McpServer> transportFacing;
    private final Provider<HttpOptions> options;
    private final Provider<EventLog> eventLog;
    private final Provider<OperationsEndpoints> operations;
    private final Provider<HttpMetrics> metrics;
    private final Provider<Persistence> persistence;
    private final Provider<ResourceServer> resourceServer;
    private final Provider<ToolConfigurationStore> toolConfiguration;
    private final Provider<NotificationBus> bus;
    private final Optional<Provider<ConversationLog>> history;
    private final Provider<Optional<AgentsConfiguration>> agents;

    @Inject
    HttpStarter(Provider<McpEngine> engine, Provider<McpServer> transportFacing, Provider<HttpOptions> options,
                Provider<EventLog> eventLog, Provider<OperationsEndpoints> operations, Provider<HttpMetrics> metrics,
                Provider<Persistence> persistence, Provider<ResourceServer> resourceServer,
                Provider<ToolConfigurationStore> toolConfiguration, Provider<NotificationBus> bus,
                Optional<Provider<ConversationLog>> history, Provider<Optional<AgentsConfiguration>> agents) {
        this.engine = engine;
        this.transportFacing = transportFacing;
        this.options = options;
        this.eventLog = eventLog;
        this.operations = operations;
        this.metrics = metrics;
        this.persistence = persistence;
        this.resourceServer = resourceServer;
        this.toolConfiguration = toolConfiguration;
        this.bus = bus;
        this.history = history;
        this.agents = agents;
    }

    /** Builds the engine and its stores, and starts listening. */
    public Running start() {
        McpEngine server = engine.get();
        HttpOptions http = options.get();
        OperationsEndpoints ops = operations.get();
        HttpMetrics meters = metrics.get();
        Persistence stores = persistence.get();
        ResourceServer auth = resourceServer.get();
        var admin = new ToolConfigurationEndpoints(toolConfiguration.get(), bus.get(), Clock.systemUTC());
        var historyApi = new HistoryEndpoints(history.map(Provider::get), auth, ADMIN_SCOPE);
        var agentsApi = new AgentEndpoints(agents.get().map(a -> new AgentEndpoints.Agents(a.definitions(),
                a.definitionStore())), bus.get(), auth, ADMIN_SCOPE);
        McpHttpServer running = McpHttpServer.start(new MeteredServer(stores.around(transportFacing.get()), meters),
                server, eventLog.get(), http, auth, config -> {
                    auth.protect(config, "/api/status", "/api/log-level", "/tools", "/metrics", "/");
                    auth.protect(config, ADMIN_SCOPE, List.of(ToolConfigurationEndpoints.ALL, ToolConfigurationEndpoints.ONE));
                    new LogLevelEndpoint().accept(config);
                    ops.addTo(config);
                    admin.addTo(config);
                    historyApi.addTo(config);
                    agentsApi.addTo(config);
                    config.routes.after(ctx -> meters.recordHttp(ctx.statusCode()));
                });
        meters.countStreamsWith(running.endpoint()::openStreams);
        return new Running(server, http, running, stores);
    }

    /**
     * A started server.
     *
     * @param engine      the engine it serves
     * @param options     the options it was started with
     * @param http        the HTTP server
     * @param persistence the stores around the engine
     */
    public record Running(McpEngine engine, HttpOptions options, McpHttpServer http, Persistence persistence)
            implements AutoCloseable {

        /** The port it listens on. */
        public int port() {
            return http.port();
        }

        /** Finishes the requests in flight, then closes the engine and the stores. */
        @Override
        public void close() throws Exception {
            http.close();
            engine.close();
            persistence.close();
        }
    }
}
