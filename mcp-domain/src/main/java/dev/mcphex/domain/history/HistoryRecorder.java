package dev.mcphex.domain.history;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.ForwardingMcpServer;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Records every request any {@link McpServer} answers into a {@link ConversationLog}: method, tool,
 * arguments, outcome, duration, principal, era, session and trace id. Give it a log that does not block
 * (a {@link BufferedConversationLog}), so history is written off the request path; a failure to record
 * is logged and never reaches the client.
 */
public final class HistoryRecorder extends ForwardingMcpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

    private final ConversationLog log;
    private final Clock clock;

    public HistoryRecorder(McpServer delegate, ConversationLog log, Clock clock) {
        super(delegate);
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Optional<JsonRpcMessage> handle(JsonRpcMessage message, Exchange exchange) {
        if (!(message instanceof JsonRpcRequest request)) {
            return delegate().handle(message, exchange);
        }
        Instant start = clock.instant();
        long started = System.nanoTime();
        Optional<JsonRpcMessage> response;
        try {
            response = delegate().handle(message, exchange);
        } catch (RuntimeException e) {
            record(request, exchange, Optional.of(new JsonRpcError(request.id(), ErrorCodes.INTERNAL_ERROR,
                    "Internal error: " + e.getClass().getSimpleName())), start, started);
            throw e;
        }
        record(request, exchange, response, start, started);
        return response;
    }

    @Override
    public Optional<String> handleDocument(byte[] utf8, Exchange exchange) {
        return switch (JsonRpcCodec.read(utf8)) {
            case Inbound.Single single -> handle(single.message(), exchange).map(JsonRpcCodec::write);
            case Inbound.Invalid invalid -> delegate().handleDocument(utf8, exchange);
            case Inbound.Batch batch -> recordBatch(batch, utf8, exchange);
        };
    }

    private Optional<String> recordBatch(Inbound.Batch batch, byte[] utf8, Exchange exchange) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        Optional<String> answer = delegate().handleDocument(utf8, exchange);
        Map<RequestId, JsonRpcMessage> responses = new HashMap<>();
        answer.map(Json::parse).filter(JsonNode::isArray).ifPresent(array -> array.forEach(element -> {
            if (JsonRpcCodec.readTree(element) instanceof Inbound.Single single) {
                switch (single.message()) {
                    case JsonRpcResult result -> responses.put(result.id(), result);
                    case JsonRpcError error when error.id() != null -> responses.put(error.id(), error);
                    default -> { }
                }
            }
        }));
        for (Inbound element : batch.elements()) {
            if (element instanceof Inbound.Single single && single.message() instanceof JsonRpcRequest request) {
                record(request, exchange, Optional.ofNullable(responses.get(request.id())), start, started);
            }
        }
        return answer;
    }

    private void record(JsonRpcRequest request, Exchange exchange, Optional<JsonRpcMessage> response, Instant start,
                        long startedNanos) {
        try {
            Duration duration = Duration.ofNanos(System.nanoTime() - startedNanos);
            log.append(HistoryEntries.of(request, exchange, response, start, duration));
        } catch (RuntimeException e) {
            LOG.warn("Could not record {} in the history", request.method(), e);
        }
    }
}
