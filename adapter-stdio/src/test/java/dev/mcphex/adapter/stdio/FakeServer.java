package dev.mcphex.adapter.stdio;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.protocol.Implementation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/** A scriptable {@link McpServer} that records what the transport hands it. */
final class FakeServer implements McpServer {

    /** One call to {@link #handle}. */
    record Received(JsonRpcMessage message, Exchange exchange) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, MessageSink> streams = new ConcurrentHashMap<>();
    final List<String> closedStreams = new CopyOnWriteArrayList<>();
    final List<String> endedSessions = new CopyOnWriteArrayList<>();
    volatile BiFunction<JsonRpcMessage, Exchange, Optional<JsonRpcMessage>> handler = FakeServer::echo;
    volatile BiFunction<byte[], Exchange, Optional<String>> documents = (bytes, exchange) -> Optional.empty();

    /** Answers every request with a result naming its method; nothing for other messages. */
    static Optional<JsonRpcMessage> echo(JsonRpcMessage message, Exchange exchange) {
        if (message instanceof JsonRpcRequest request) {
            return Optional.of(new JsonRpcResult(request.id(), Json.object().put("method", request.method())));
        }
        return Optional.empty();
    }

    @Override
    public Optional<JsonRpcMessage> handle(JsonRpcMessage message, Exchange exchange) {
        received.add(new Received(message, exchange));
        return handler.apply(message, exchange);
    }

    @Override
    public Optional<String> handleDocument(byte[] utf8, Exchange exchange) {
        return documents.apply(utf8, exchange);
    }

    @Override
    public AutoCloseable openSessionStream(String sessionId, MessageSink sink) {
        streams.put(sessionId, sink);
        return () -> closedStreams.add(sessionId);
    }

    @Override
    public boolean sessionExists(String sessionId) {
        return streams.containsKey(sessionId) && !endedSessions.contains(sessionId);
    }

    @Override
    public boolean sessionExists(String sessionId, dev.mcphex.ports.spi.Principal principal) {
        return sessionExists(sessionId);
    }

    @Override
    public boolean endSession(String sessionId) {
        endedSessions.add(sessionId);
        return true;
    }

    @Override
    public Implementation serverInfo() {
        return new Implementation("fake", "0");
    }

    /** The exchange the message with this method arrived with. */
    Exchange exchangeOf(String method) {
        return received.stream()
                .filter(r -> method.equals(methodOf(r.message())))
                .map(Received::exchange)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message " + method + " was handled"));
    }

    static String methodOf(JsonRpcMessage message) {
        return switch (message) {
            case JsonRpcRequest request -> request.method();
            case JsonRpcNotification notification -> notification.method();
            default -> null;
        };
    }
}
