package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The health of every checked dependency at one instant.
 *
 * @param components each component's health, in check order
 * @param timestamp  when the checks ran
 */
record HealthReport(Map<String, Health> components, Instant timestamp) {
    static final String SERVICE = "mcp-server";

    HealthReport {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The server as a whole, from its worst component. */
    enum Overall {
        HEALTHY, DEGRADED, UNHEALTHY;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Overall overall() {
        Health.Status worst = components.values().stream()
                .map(Health::status)
                .max(Enum::compareTo)
                .orElse(Health.Status.UP);
        return switch (worst) {
            case UP -> Overall.HEALTHY;
            case DEGRADED -> Overall.DEGRADED;
            case DOWN -> Overall.UNHEALTHY;
        };
    }

    /** 503 when a dependency is down, so that load balancers stop routing here; 200 otherwise. */
    int httpStatus() {
        return overall() == Overall.UNHEALTHY ? 503 : 200;
    }

    /** {@code connected}, {@code disconnected} or {@code not configured}. */
    String connection(String component) {
        Health health = components.get(component);
        if (health == null) {
            return "not configured";
        }
        return health.status() == Health.Status.UP ? "connected" : "disconnected";
    }

    String toJson() {
        ObjectNode body = Json.object()
                .put("status", overall().label())
                .put("service", SERVICE)
                .put("postgresql", connection("postgresql"))
                .put("redis", connection("redis"))
                .put("timestamp", timestamp.toString());
        ObjectNode details = body.putObject("components");
        components.forEach((name, health) -> {
            ObjectNode component = details.putObject(name).put("status", health.status().name());
            if (health.detail() != null) {
                component.put("detail", health.detail());
            }
        });
        return Json.write(body);
    }
}
