package dev.mcphex.adapter.javalin;

import dev.mcphex.ports.jsonrpc.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** A WebSocket client on the JDK's {@link WebSocket}, collecting whole text messages and the close code. */
final class WsClient implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    WsClient(String uri) {
        this(uri, (String) null);
    }

    WsClient(String uri, String origin) {
        this(uri, origin == null ? java.util.Map.of() : java.util.Map.of("Origin", origin));
    }

    WsClient(String uri, java.util.Map<String, String> headers) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        socket = builder.buildAsync(URI.create(uri), new Collector()).join();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next message as JSON, failing after five seconds. */
    JsonNode next() throws InterruptedException {
        String message = messages.poll(5, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 5 s");
        }
        return Json.parse(message);
    }

    /** The code the server closed with, waiting up to five seconds. */
    int closeCode() throws Exception {
        return closeCode.get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        http.shutdownNow();
    }
}
