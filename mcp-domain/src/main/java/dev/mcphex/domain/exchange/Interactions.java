package dev.mcphex.domain.exchange;

import dev.mcphex.domain.modern.RequestState;
import dev.mcphex.domain.modern.RequestStateCodec;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs handler code with the {@link McpContext} of the request's era. In the legacy era asks become
 * server-to-client requests; in the modern era the handler runs once per round, and a round that ends
 * on an unanswered ask yields an {@code input_required} result with freshly sealed request state.
 */
public final class Interactions {
    private final ClientRequests clientRequests;
    private final RequestStateCodec stateCodec;
    private final Duration clientTimeout;

    public Interactions(ClientRequests clientRequests, RequestStateCodec stateCodec, Duration clientTimeout) {
        this.clientRequests = clientRequests;
        this.stateCodec = stateCodec;
        this.clientTimeout = clientTimeout;
    }

    /** Handler code that may ask the client for input. */
    @FunctionalInterface
    public interface Body<T> {
        T run(McpContext context) throws Exception;
    }

    /**
     * Runs {@code body} for the request.
     *
     * @param target the tool or prompt name or resource URI the request names (binds the request state)
     */
    public <T> Round<T> run(RequestScope scope, String target, Body<T> body) throws Exception {
        if (!scope.modern()) {
            InputChannel channel = scope.sessionId() == null ? NO_CLIENT : new LegacyInputChannel(clientRequests,
                    scope.sessionId(), scope.sink(), scope.clientCapabilities(), clientTimeout, scope.cancellation());
            var context = new EngineContext(scope, channel);
            return new Round.Completed<>(HandlerRunner.run(scope.method(), scope.cancellation(), () -> body.run(context)));
        }
        Map<String, JsonNode> available = new HashMap<>();
        int round = 0;
        JsonNode state = scope.params().get("requestState");
        if (state != null && !state.isNull()) {
            if (!state.isString()) {
                throw McpProtocolException.invalidParams("Invalid params: requestState must be a string");
            }
            RequestState opened = stateCodec.open(state.stringValue(), scope.method(), target,
                    scope.principal().subject());
            available.putAll(opened.answers());
            round = opened.round();
        }
        if (scope.params().get("inputResponses") instanceof ObjectNode responses) {
            responses.properties().forEach(e -> available.put(e.getKey(), e.getValue()));
        }
        var channel = new ModernInputChannel(available, scope.clientCapabilities());
        var context = new EngineContext(scope, channel);
        try {
            return new Round.Completed<>(HandlerRunner.run(scope.method(), scope.cancellation(), () -> body.run(context)));
        } catch (InputRequiredSignal signal) {
            return new Round.NeedsInput<>(inputRequired(scope, target, round, signal, channel.usedAnswers()));
        }
    }

    private ObjectNode inputRequired(RequestScope scope, String target, int round, InputRequiredSignal signal,
                                     Map<String, JsonNode> used) {
        ObjectNode result = Json.object().put("resultType", "input_required");
        ObjectNode requests = result.putObject("inputRequests");
        signal.requests().forEach((key, request) -> requests.set(key, inputRequest(request)));
        result.put("requestState", stateCodec.seal(scope.method(), target, scope.principal().subject(), round, used));
        return result;
    }

    /** An input request as the wire carries it: {@code {method, params?}}. */
    public static ObjectNode inputRequest(InputRequest request) {
        ObjectNode node = Json.object().put("method", request.method());
        ObjectNode params = WireFormat.inputRequestParams(request);
        if (!params.isEmpty()) {
            node.set("params", params);
        }
        return node;
    }

    /** The channel of a request with no way back to the client (no session). */
    private static final InputChannel NO_CLIENT = requests -> {
        throw new MissingClientCapabilityException(requests.values().iterator().next().requiredCapability());
    };
}
