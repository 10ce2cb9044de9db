package dev.mcphex.distribution.logging;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.ForwardingMcpServer;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Puts what a request is about into the logging MDC while the server handles it, so every line logged
 * meanwhile carries it, and logs one line per request with its duration. Keys: {@value #REQUEST_ID},
 * {@value #METHOD}, {@value #TOOL} (for {@code tools/call}), {@value #PRINCIPAL}, {@value #TRACE_ID} (from a
 * W3C {@code traceparent} in {@code params._meta}) and, on the closing line, {@value #DURATION}. The MDC is
 * per thread: lines logged on the thread that calls the server carry it; a tool the engine runs on a
 * thread of its own does not inherit it.
 */
public final class MdcMcpServer extends ForwardingMcpServer {
    public static final String REQUEST_ID = "requestId";
    public static final String METHOD = "method";
    public static final String TOOL = "tool";
    public static final String PRINCIPAL = "principal";
    public static final String TRACE_ID = "traceId";
    public static final String DURATION = "durationMs";

    private static final Logger LOG = LoggerFactory.getLogger(MdcMcpServer.class);
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");


    public MdcMcpServer(McpServer delegate) {
        super(delegate);
    }

    @Override
    public Optional<JsonRpcMessage> handle(JsonRpcMessage message, Exchange exchange) {
        if (!(message instanceof JsonRpcRequest request)) {
            return delegate().handle(message, exchange);
        }
        return around(request.id().toString(), request.method(), request.params(), exchange,
                () -> delegate().handle(message, exchange));
    }

    @Override
    public Optional<String> handleDocument(byte[] utf8, Exchange exchange) {
        JsonNode document = parse(utf8);
        if (document == null || !document.isObject() || !document.has("method") || !document.has("id")) {
            return delegate().handleDocument(utf8, exchange);
        }
        JsonNode id = document.get("id");
        return around(id.isString() ? id.stringValue() : id.toString(), document.get("method").asString(), document.get("params"), exchange,
                () -> delegate().handleDocument(utf8, exchange));
    }

    private <T> T around(String id, String method, JsonNode params, Exchange exchange, Supplier<T> call) {
        Map<String, String> previous = MDC.getCopyOfContextMap();
        MDC.put(REQUEST_ID, id);
        MDC.put(METHOD, method);
        MDC.put(PRINCIPAL, exchange.principal().subject());
        text(params, "name").filter(name -> "tools/call".equals(method)).ifPresent(tool -> MDC.put(TOOL, tool));
        traceId(params).ifPresent(trace -> MDC.put(TRACE_ID, trace));
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            boolean ping = "ping".equals(method);
            if (ping ? LOG.isDebugEnabled() : LOG.isInfoEnabled()) {
                MDC.put(DURATION, Long.toString((System.nanoTime() - started) / 1_000_000));
                if (ping) {
                    LOG.debug("{} handled over {}", method, exchange.transport());
                } else {
                    LOG.info("{} handled over {}", method, exchange.transport());
                }
            }
            if (previous == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(previous);
            }
        }
    }

    /** The trace id of a W3C {@code traceparent} in {@code params._meta}, if there is a well-formed one. */
    static Optional<String> traceId(JsonNode params) {
        JsonNode meta = params == null ? null : params.get("_meta");
        return text(meta, "traceparent").map(TRACEPARENT::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(field);
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    private static JsonNode parse(byte[] utf8) {
        try {
            return Json.MAPPER.readTree(utf8);
        } catch (JacksonException malformed) {
            LOG.trace("Not JSON; the server answers it", malformed);
            return null;
        }
    }
}
