package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.HealthCheck;
import dev.mcphex.ports.driving.ServerIntrospection;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The endpoints operators and orchestrators read, next to the MCP endpoint:
 * <ul>
 *   <li>{@code GET /healthz}: liveness, {@code {"status":"ok"}} without touching any dependency;</li>
 *   <li>{@code GET /health}: readiness, every {@link HealthCheck} run in parallel with a timeout each;
 *       503 when one is down;</li>
 *   <li>{@code GET /api/status}: version, uptime, protocol versions, catalogue sizes and traffic counters;</li>
 *   <li>{@code GET /tools}: the tool catalogue as {@code tools/list} shows it;</li>
 *   <li>{@code GET /metrics}: {@link HttpMetrics} in the Prometheus text format;</li>
 *   <li>{@code GET /}: a small HTML status page.</li>
 * </ul>
 * JSON bodies are written on one line; no response may be cached.
 */
public final class OperationsEndpoints {
    /** How long {@code /health} waits for the checks when not told otherwise. */
    public static final Duration DEFAULT_HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(2);

    static final String JSON = "application/json";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private final ServerIntrospection introspection;
    private final HealthProbe health;
    private final HttpMetrics metrics;
    private final Clock clock;
    private final Instant start;

    /** Endpoints whose health checks each get {@link #DEFAULT_HEALTH_CHECK_TIMEOUT}. */
    public OperationsEndpoints(ServerIntrospection introspection, List<HealthCheck> checks, HttpMetrics metrics,
                               Clock clock, Instant start) {
        this(introspection, checks, metrics, clock, start, DEFAULT_HEALTH_CHECK_TIMEOUT);
    }

    /**
     * @param introspection      the server to describe
     * @param checks             the dependencies to check, such as {@code postgresql} and {@code redis}
     * @param metrics            the transport's metrics
     * @param clock              the source of timestamps and uptime
     * @param start              when the server started
     * @param healthCheckTimeout how long {@code /health} waits for the checks, which run in parallel
     */
    public OperationsEndpoints(ServerIntrospection introspection, List<HealthCheck> checks, HttpMetrics metrics,
                               Clock clock, Instant start, Duration healthCheckTimeout) {
        this.introspection = Objects.requireNonNull(introspection, "introspection");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = Objects.requireNonNull(start, "start");
        this.health = new HealthProbe(List.copyOf(checks), healthCheckTimeout, clock);
    }

    /** Registers the endpoints on a Javalin being configured. */
    public void addTo(JavalinConfig config) {
        config.routes.get("/healthz", ctx -> send(ctx, 200, JSON, "{\"status\":\"ok\"}"));
        config.routes.get("/health", this::health);
        config.routes.get("/api/status", ctx -> send(ctx, 200, JSON, status().toJson()));
        config.routes.get("/tools", ctx -> send(ctx, 200, JSON, ToolCatalogJson.write(introspection.tools())));
        config.routes.get("/metrics", ctx -> send(ctx, 200, PROMETHEUS_TEXT, metrics.scrape()));
        config.routes.get("/", ctx -> send(ctx, 200, HTML, StatusPage.render(status(), health.run())));
    }

    private void health(Context ctx) {
        HealthReport report = health.run();
        send(ctx, report.httpStatus(), JSON, report.toJson());
    }

    private ServerStatus status() {
        return ServerStatus.read(introspection, metrics, Duration.between(start, clock.instant()));
    }

    private static void send(Context ctx, int status, String contentType, String body) {
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType(contentType)
                .result(body);
    }
}
