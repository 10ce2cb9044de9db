package dev.mcphex.domain.exchange;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.Root;
import dev.mcphex.ports.protocol.RootsRequest;
import dev.mcphex.ports.protocol.RootsResult;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link McpContext} of one request. Progress and log messages go to the request's own stream;
 * asks go through the era's {@link InputChannel}. Keys of unnamed asks come from their order, which is
 * the same on every run of a deterministic handler, so modern-era retries find their answers.
 */
public final class EngineContext implements McpContext {
    private final RequestScope scope;
    private final InputChannel channel;
    private final AtomicInteger unnamedAsks = new AtomicInteger();
    private double lastProgress = Double.NEGATIVE_INFINITY;

    public EngineContext(RequestScope scope, InputChannel channel) {
        this.scope = scope;
        this.channel = channel;
    }

    @Override
    public Principal principal() {
        return scope.principal();
    }

    @Override
    public ClientCapabilities clientCapabilities() {
        return scope.clientCapabilities();
    }

    @Override
    public Implementation clientInfo() {
        return scope.clientInfo();
    }

    @Override
    public Cancellation cancellation() {
        return scope.cancellation();
    }

    @Override
    public void progress(double progress, Double total, String message) {
        JsonNode token = scope.progressToken();
        if (token == null) {
            return;
        }
        synchronized (this) {
            if (progress <= lastProgress) {
                return;
            }
            lastProgress = progress;
        }
        ObjectNode params = Json.object();
        params.set("progressToken", token);
        params.put("progress", progress);
        if (total != null) {
            params.put("total", total);
        }
        if (message != null) {
            params.put("message", message);
        }
        scope.sink().send(new JsonRpcNotification("notifications/progress", params));
    }

    @Override
    public void log(LogLevel level, String logger, Object data) {
        LogLevel threshold = scope.logThreshold();
        if (threshold == null || !level.isAtLeast(threshold)) {
            return;
        }
        ObjectNode params = Json.object().put("level", level.wire());
        if (logger != null) {
            params.put("logger", logger);
        }
        params.set("data", data instanceof JsonNode node ? node : Json.MAPPER.valueToTree(data));
        scope.sink().send(new JsonRpcNotification("notifications/message", params));
    }

    @Override
    public Map<String, InputResponse> ask(Map<String, InputRequest> requests) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("ask needs at least one request");
        }
        scope.cancellation().throwIfCancelled();
        return channel.ask(requests);
    }

    @Override
    public ElicitationResult elicit(FormElicitation request) {
        return elicit(nextKey("elicitation"), request);
    }

    @Override
    public SamplingResult sample(SamplingRequest request) {
        return sample(nextKey("sampling"), request);
    }

    @Override
    public List<Root> roots() {
        String key = nextKey("roots");
        return ((RootsResult) ask(Map.of(key, RootsRequest.INSTANCE)).get(key)).roots();
    }

    private String nextKey(String kind) {
        return kind + "-" + unnamedAsks.incrementAndGet();
    }
}
