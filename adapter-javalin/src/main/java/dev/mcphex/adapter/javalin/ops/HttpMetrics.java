package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driving.ServerIntrospection;
import dev.mcphex.ports.protocol.Era;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP transport's metrics, exposed in the Prometheus text format by {@link #scrape()}.
 *
 * <p>Meters:
 * <ul>
 *   <li>{@code mcp_request_duration_seconds{method,era}}: every JSON-RPC message handled, with a percentile
 *       histogram;</li>
 *   <li>{@code mcp_tool_duration_seconds{tool}}: every {@code tools/call}, with a percentile histogram;</li>
 *   <li>{@code mcp_request_errors_total{method}}: messages answered with an error;</li>
 *   <li>{@code mcp_http_responses_total{status}}: HTTP responses by status class ({@code 2xx}, {@code 4xx}, ...);</li>
 *   <li>{@code mcp_open_streams}: SSE streams currently open;</li>
 *   <li>the JVM's memory, threads, garbage collection, class loading, processor and uptime.</li>
 * </ul>
 *
 * <p>Tag values come from closed sets so that clients cannot grow the registry: method names outside the
 * MCP methods, and tool names outside the server's catalogue, are tagged {@code other}.
 */
public final class HttpMetrics implements AutoCloseable {
    /** The tag value standing for any name outside the known set. */
    public static final String OTHER = "other";
    /** The status classes' tags, made once rather than per response. */
    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    private static final Set<String> METHODS = Set.of(
            "initialize", "ping",
            "tools/list", "tools/call",
            "resources/list", "resources/templates/list", "resources/read",
            "resources/subscribe", "resources/unsubscribe",
            "prompts/list", "prompts/get",
            "completion/complete", "logging/setLevel",
            "server/discover", "subscriptions/listen",
            "notifications/initialized", "notifications/cancelled", "notifications/progress",
            "notifications/roots/list_changed", "notifications/message",
            "notifications/resources/updated", "notifications/resources/list_changed",
            "notifications/tools/list_changed", "notifications/prompts/list_changed",
            "notifications/elicitation/complete");

    private static final List<String> ERA_TAGS = Arrays.stream(Era.values())
            .map(era -> era.name().toLowerCase(Locale.ROOT)).toList();

    private final ServerIntrospection server;
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final AtomicInteger openStreams = new AtomicInteger();
    private volatile java.util.function.IntSupplier streamSource = openStreams::get;
    private final LongAdder requests = new LongAdder();
    private final LongAdder errors = new LongAdder();
    // The meters by tag values (request timers by method, then era), so recording one is a map lookup
    // rather than a meter id built, sorted and looked up in the registry per request. Tag values come
    // from closed sets, so these stay small.
    private final Map<String, Map<String, Timer>> requestTimers = new ConcurrentHashMap<>();
    private final Map<String, Timer> toolTimers = new ConcurrentHashMap<>();
    private final Map<String, Counter> errorCounters = new ConcurrentHashMap<>();
    private final Map<String, Counter> responseCounters = new ConcurrentHashMap<>();

    /** Metrics in a registry of their own, naming tools from this server's catalogue. */
    public HttpMetrics(ServerIntrospection server) {
        this(server, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Metrics in the given registry, which may hold other meters too. */
    public HttpMetrics(ServerIntrospection server, PrometheusMeterRegistry registry) {
        this.server = Objects.requireNonNull(server, "server");
        this.registry = Objects.requireNonNull(registry, "registry");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("mcp.open.streams", this, HttpMetrics::openStreams)
                .description("SSE streams currently open")
                .register(registry);
    }

    /**
     * Records one handled JSON-RPC message.
     *
     * @param era           {@code legacy} or {@code modern} (see {@link Era}); anything else is tagged {@code other}
     * @param method        the JSON-RPC method, or {@code null} for a response from the client
     * @param toolOrNull    the tool called, for {@code tools/call}
     * @param durationNanos how long handling took
     * @param error         whether the answer was a JSON-RPC error
     */
    public void recordRequest(String era, String method, String toolOrNull, long durationNanos, boolean error) {
        String methodTag = methodTag(method);
        long nanos = Math.max(0, durationNanos);
        requestTimer(methodTag, eraTag(era)).record(nanos, TimeUnit.NANOSECONDS);
        if (toolOrNull != null) {
            toolTimer(toolOrNull).record(nanos, TimeUnit.NANOSECONDS);
        }
        requests.increment();
        if (error) {
            errors.increment();
            errorCounters.computeIfAbsent(methodTag, tag -> Counter.builder("mcp.request.errors")
                            .description("JSON-RPC messages answered with an error")
                            .tag("method", tag)
                            .register(registry))
                    .increment();
        }
    }

    private Timer requestTimer(String methodTag, String eraTag) {
        Map<String, Timer> byEra = requestTimers.get(methodTag);
        if (byEra == null) {
            byEra = requestTimers.computeIfAbsent(methodTag, tag -> new ConcurrentHashMap<>());
        }
        Timer timer = byEra.get(eraTag);
        return timer != null ? timer : byEra.computeIfAbsent(eraTag, tag -> Timer.builder("mcp.request.duration")
                .description("Time to handle one JSON-RPC message")
                .tags("method", methodTag, "era", tag)
                .publishPercentileHistogram()
                .register(registry));
    }

    /**
     * The tool's timer. A name with a timer was in the catalogue when first recorded, so only a name
     * without one is looked up there; the timers stay as many as the tools the catalogue ever held.
     */
    private Timer toolTimer(String tool) {
        Timer timer = toolTimers.get(tool);
        return timer != null ? timer : toolTimers.computeIfAbsent(toolTag(tool), tag -> Timer.builder("mcp.tool.duration")
                .description("Time to run one tool call")
                .tag("tool", tag)
                .publishPercentileHistogram()
                .register(registry));
    }

    /** Records one HTTP response by its status class. */
    public void recordHttp(int status) {
        String statusClass = status >= 100 && status <= 599 ? STATUS_CLASSES[status / 100 - 1] : OTHER;
        responseCounters.computeIfAbsent(statusClass, tag -> Counter.builder("mcp.http.responses")
                        .description("HTTP responses by status class")
                        .tag("status", tag)
                        .register(registry))
                .increment();
    }

    /** Counts an SSE stream as open. */
    /** Reads the number of open streams from the transport that owns them, instead of counting here. */
    public void countStreamsWith(java.util.function.IntSupplier source) {
        this.streamSource = Objects.requireNonNull(source, "source");
    }

    public void streamOpened() {
        openStreams.incrementAndGet();
    }

    /** Counts an SSE stream as closed; call once per {@link #streamOpened()}. */
    public void streamClosed() {
        openStreams.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** JSON-RPC messages recorded so far. */
    public long requestCount() {
        return requests.sum();
    }

    /** JSON-RPC messages recorded as errors so far. */
    public long errorCount() {
        return errors.sum();
    }

    /** SSE streams open now. */
    public int openStreams() {
        return streamSource.getAsInt();
    }

    /** Every meter in the Prometheus text format, version 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    /** The registry, for binding more meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Stops listening for garbage-collection events. */
    @Override
    public void close() {
        gcMetrics.close();
    }

    private static String methodTag(String method) {
        return method != null && METHODS.contains(method) ? method : OTHER;
    }

    private static String eraTag(String era) {
        for (String known : ERA_TAGS) {
            if (known.equalsIgnoreCase(era)) {
                return known;
            }
        }
        return OTHER;
    }

    private String toolTag(String tool) {
        return server.tool(tool).isPresent() ? tool : OTHER;
    }
}
