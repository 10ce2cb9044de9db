package dev.mcphex.adapter.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chat-completions API on 127.0.0.1: it records each request and answers with the next scripted
 * response, as the real API would.
 */
final class FakeChatCompletionsServer implements AutoCloseable {

    /** A scripted answer. */
    record Answer(int status, Map<String, String> headers, String body, Duration delay) {
        static Answer ok(String body) {
            return new Answer(200, Map.of(), body, Duration.ZERO);
        }

        static Answer status(int status, String body) {
            return new Answer(status, Map.of(), body, Duration.ZERO);
        }

        /** Server-sent events, one {@code data:} line per chunk, closed by {@code data: [DONE]}. */
        static Answer events(String... chunks) {
            StringBuilder body = new StringBuilder(": keep-alive\n\n");
            for (String chunk : chunks) {
                body.append("data: ").append(chunk).append("\n\n");
            }
            body.append("data: [DONE]\n\n");
            return new Answer(200, Map.of("Content-Type", "text/event-stream"), body.toString(), Duration.ZERO);
        }
    }

    /** A request as the server saw it. */
    record Seen(String method, String path, String authorization, String contentType, ObjectNode body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    FakeChatCompletionsServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeChatCompletionsServer answer(Answer... next) {
        answers.addAll(List.of(next));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), (ObjectNode) Json.parse(body)));
            Answer answer = answers.poll();
            if (answer == null) {
                answer = Answer.status(500, "{\"error\":{\"message\":\"no scripted answer left\"}}");
            }
            if (!answer.delay().isZero()) {
                sleep(answer.delay());
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (!answer.headers().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
