package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.ForwardingMcpServer;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Times every request an {@link McpServer} handles and records it in {@link HttpMetrics}: per method,
 * per era, per tool, and whether it failed (a JSON-RPC error, or a tool result with {@code isError}).
 */
public final class MeteredServer extends ForwardingMcpServer {
    private static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";

    private final HttpMetrics metrics;

    public MeteredServer(McpServer delegate, HttpMetrics metrics) {
        super(delegate);
        this.metrics = metrics;
    }

    @Override
    public Optional<JsonRpcMessage> handle(JsonRpcMessage message, Exchange exchange) {
        if (!(message instanceof JsonRpcRequest request)) {
            return delegate().handle(message, exchange);
        }
        long start = System.nanoTime();
        Optional<JsonRpcMessage> response = delegate().handle(message, exchange);
        JsonNode params = request.params();
        String era = params != null && params.path("_meta").has(PROTOCOL_VERSION) ? "modern" : "legacy";
        String tool = "tools/call".equals(request.method()) && params != null && params.path("name").isString()
                ? params.get("name").stringValue() : null;
        metrics.recordRequest(era, request.method(), tool, System.nanoTime() - start, failed(response));
        return response;
    }

    private static boolean failed(Optional<JsonRpcMessage> response) {
        return switch (response.orElse(null)) {
            case JsonRpcError e -> true;
            case JsonRpcResult r -> r.result().path("isError").asBoolean(false);
            case null, default -> false;
        };
    }
}
