package dev.mcphex.distribution.wiring;

import dev.mcphex.ports.driven.HealthCheck;
import dev.mcphex.ports.driving.McpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the configured stores add around the engine (history recording, for one), and what must be
 * closed, in order, when the server stops.
 */
public final class Persistence implements AutoCloseable {
    /** No database: the engine serves alone. */
    public static final Persistence NONE = new Persistence(server -> server, List.of(), List.of());

    private final UnaryOperator<McpServer> decorator;
    private final List<AutoCloseable> resources;
    private final List<HealthCheck> healthChecks;

    Persistence(UnaryOperator<McpServer> decorator, List<AutoCloseable> resources, List<HealthCheck> healthChecks) {
        this.decorator = decorator;
        this.resources = List.copyOf(resources);
        this.healthChecks = List.copyOf(healthChecks);
    }

    /** What {@code /health} should report for these stores. */
    public List<HealthCheck> healthChecks() {
        return healthChecks;
    }

    /** The server transports should call: the engine, with whatever the stores add around it. */
    public McpServer around(McpServer server) {
        return decorator.apply(server);
    }

    /** Closes the resources in order, attempting all of them. */
    @Override
    public void close() throws Exception {
        List<Exception> failures = new ArrayList<>();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            Exception first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }
}
