package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionChanges;
import dev.mcphex.ports.agents.AgentDefinitionJson;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.jsonrpc.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API over agent definitions, beside the operations endpoints:
 * <ul>
 *   <li>{@code GET /api/agents}: every agent, the declared ones in their order then the stored ones, each in the
 *       definitions files' shape with {@code source} ({@code "configuration"} or {@code "store"}) and, for a stored
 *       one that replaces a declared one of its name, {@code "replacesDeclared": true};</li>
 *   <li>{@code GET /api/agents/{name}}: the agent clients see under that name, 404 when there is none;</li>
 *   <li>{@code PUT /api/agents/{name}}: stores it from one agent of a definitions file; the body may leave
 *       {@code name} out, and a {@code name} other than the path's is 400. Bad input is 400 naming the field;</li>
 *   <li>{@code DELETE /api/agents/{name}}: removes the stored definition (204), 404 when none is stored, 409 when
 *       the agent is only declared by the configuration files.</li>
 * </ul>
 * Every change is announced through {@link AgentDefinitionChanges}, so each instance's clients hear that the
 * resource and prompt lists changed. The endpoints need the admin scope when authentication is on and answer
 * loopback callers only when it is off; on a server without agents they are 404.
 */
public final class AgentEndpoints {
    /** Every agent. */
    public static final String ALL = "/api/agents";
    /** One agent. */
    public static final String ONE = "/api/agents/{name}";

    private static final Logger LOG = LoggerFactory.getLogger(AgentEndpoints.class);

    /**
     * The agents a server offers.
     *
     * @param declared those the configuration files declare
     * @param store    those operators keep, which win by name
     */
    public record Agents(List<AgentDefinition> declared, AgentDefinitionStore store) {
        public Agents {
            declared = List.copyOf(declared);
            Objects.requireNonNull(store, "store");
        }

        /** Every agent by name as the API shows it: the declared ones in their order, then the stored ones. */
        public Map<String, ObjectNode> listing() {
            Map<String, ObjectNode> byName = new LinkedHashMap<>();
            declared.forEach(d -> byName.put(d.name(), entry(d, "configuration", false)));
            store.list().forEach(s -> byName.put(s.name(), stored(s)));
            return byName;
        }

        /** A stored agent as the API shows it. */
        public ObjectNode stored(AgentDefinition agent) {
            return entry(agent, "store", declares(agent.name()));
        }

        /** Whether the configuration files declare an agent of this name. */
        public boolean declares(String name) {
            return declared.stream().anyMatch(d -> d.name().equals(name));
        }

        private static ObjectNode entry(AgentDefinition agent, String source, boolean replacesDeclared) {
            ObjectNode node = AgentDefinitionJson.toJson(agent).put("source", source);
            if (replacesDeclared) {
                node.put("replacesDeclared", true);
            }
            return node;
        }
    }

    private final Optional<Agents> agents;
    private final NotificationBus bus;
    private final ResourceServer auth;
    private final String adminScope;

    /**
     * @param agents     the agents, or empty when the server offers none
     * @param bus        where changes are announced
     * @param auth       how callers are authenticated
     * @param adminScope the scope callers need when authentication is on
     */
    public AgentEndpoints(Optional<Agents> agents, NotificationBus bus, ResourceServer auth, String adminScope) {
        this.agents = Objects.requireNonNull(agents, "agents");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.adminScope = Objects.requireNonNull(adminScope, "adminScope");
    }

    /** Registers the endpoints, behind the admin scope when authentication is on, on a Javalin being configured. */
    public void addTo(JavalinConfig config) {
        auth.protect(config, adminScope, List.of(ALL, ONE));
        config.routes.get(ALL, allowed(ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            ArrayNode all = Json.array();
            agents.get().listing().values().forEach(all::add);
            AdminCalls.send(ctx, 200, Json.write(all));
        })));
        config.routes.get(ONE, allowed(ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            String name = ctx.pathParam("name");
            ObjectNode agent = agents.get().listing().get(name);
            if (agent == null) {
                AdminCalls.error(ctx, 404, "no agent '" + name + "'");
            } else {
                AdminCalls.send(ctx, 200, Json.write(agent));
            }
        })));
        config.routes.put(ONE, allowed(ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            AgentDefinition agent = AgentDefinitionJson.fromJson(AdminCalls.body(ctx), ctx.pathParam("name"));
            agents.get().store().save(agent);
            AgentDefinitionChanges.announce(bus);
            AdminCalls.send(ctx, 200, Json.write(agents.get().stored(agent)));
        })));
        config.routes.delete(ONE, allowed(ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            String name = ctx.pathParam("name");
            if (agents.get().store().delete(name)) {
                AgentDefinitionChanges.announce(bus);
                ctx.status(204);
            } else if (agents.get().declares(name)) {
                AdminCalls.error(ctx, 409, "agent '" + name + "' is declared by the configuration files, not stored;"
                        + " only stored agents can be deleted");
            } else {
                AdminCalls.error(ctx, 404, "no stored agent '" + name + "'");
            }
        })));
    }

    /** {@code handler}, after checking the caller may use the API and the server has agents. */
    private Handler allowed(Handler handler) {
        return ctx -> {
            if (!auth.enabled() && !HistoryEndpoints.loopback(ctx.ip())) {
                AdminCalls.error(ctx, 403, "without authentication the agents API is served to loopback callers only");
            } else if (agents.isEmpty()) {
                AdminCalls.error(ctx, 404, "this server offers no agents: configure agent definitions or an agent model"
                        + " (MCP_AGENTS or MCP_AGENT_MODEL) to manage them");
            } else {
                handler.handle(ctx);
            }
        };
    }
}
