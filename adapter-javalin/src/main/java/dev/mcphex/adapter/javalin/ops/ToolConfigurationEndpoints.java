package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.jsonrpc.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;

/**
 * The admin API over operators' tool configuration, beside the operations endpoints:
 * <ul>
 *   <li>{@code GET /api/tools/config}: every configured tool;</li>
 *   <li>{@code GET /api/tools/{name}/config}: one tool's configuration, 404 when it has none;</li>
 *   <li>{@code PUT /api/tools/{name}/config}: creates or replaces it from
 *       {@code {"enabled","requiredScopes","descriptionOverride","settings"}}, 400 naming what is wrong;</li>
 *   <li>{@code DELETE /api/tools/{name}/config}: forgets it (204), 404 when it had none.</li>
 * </ul>
 * Every change is announced with {@link ServerEvent.ToolsChanged} on the {@link NotificationBus}, so
 * each instance's clients hear {@code notifications/tools/list_changed}. A store that does not answer
 * gives 503.
 */
public final class ToolConfigurationEndpoints {
    /** Every configured tool. */
    public static final String ALL = "/api/tools/config";
    /** One tool's configuration. */
    public static final String ONE = "/api/tools/{name}/config";

    private static final Logger LOG = LoggerFactory.getLogger(ToolConfigurationEndpoints.class);

    private final ToolConfigurationStore store;
    private final NotificationBus bus;
    private final Clock clock;

    public ToolConfigurationEndpoints(ToolConfigurationStore store, NotificationBus bus, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers the endpoints on a Javalin being configured. */
    public void addTo(JavalinConfig config) {
        config.routes.get(ALL, ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            ArrayNode all = Json.array();
            store.all().forEach(c -> all.add(ToolConfigurationJson.toJson(c)));
            AdminCalls.send(ctx, 200, Json.write(all));
        }));
        config.routes.get(ONE, ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            String tool = name(ctx);
            store.find(tool).ifPresentOrElse(c -> AdminCalls.send(ctx, 200, Json.write(ToolConfigurationJson.toJson(c))),
                    () -> AdminCalls.error(ctx, 404, "no configuration for tool '" + tool + "'"));
        }));
        config.routes.put(ONE, ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            ToolConfiguration configuration = ToolConfigurationJson.fromJson(name(ctx), AdminCalls.body(ctx), clock.instant());
            store.save(configuration);
            announce();
            AdminCalls.send(ctx, 200, Json.write(ToolConfigurationJson.toJson(configuration)));
        }));
        config.routes.delete(ONE, ctx -> AdminCalls.guarded(ctx, LOG, () -> {
            String tool = name(ctx);
            if (store.delete(tool)) {
                announce();
                ctx.status(204);
            } else {
                AdminCalls.error(ctx, 404, "no configuration for tool '" + tool + "'");
            }
        }));
    }

    private void announce() {
        bus.publish(new ServerEvent.ToolsChanged());
    }

    private static String name(Context ctx) {
        String tool = ctx.pathParam("name");
        ToolConfigurationJson.checkName(tool);
        return tool;
    }
}
