package dev.mcphex.adapter.javalin;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * A real Javalin on a free port serving one engine over Streamable HTTP, and a JDK HTTP/1.1 client for
 * it. Every wait is bounded, so a broken transport fails a test instead of hanging it.
 */
final class HttpTestServer implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(5);

    private final McpEngine engine;
    private final McpHttpServer server;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(WAIT).build();

    private HttpTestServer(McpEngine engine, McpHttpServer server) {
        this.engine = engine;
        this.server = server;
        this.port = server.port();
    }

    static HttpTestServer start(McpEngine engine) {
        return start(engine, options -> options);
    }

    static HttpTestServer start(McpEngine engine, UnaryOperator<HttpOptions> tuning) {
        return start(engine, tuning, ResourceServer.disabled());
    }

    static HttpTestServer start(McpEngine engine, UnaryOperator<HttpOptions> tuning, ResourceServer auth) {
        return start(engine, new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(1), 1000), tuning, auth);
    }

    static HttpTestServer start(McpEngine engine, EventLog log, UnaryOperator<HttpOptions> tuning) {
        return start(engine, log, tuning, ResourceServer.disabled());
    }

    static HttpTestServer start(McpEngine engine, EventLog log, UnaryOperator<HttpOptions> tuning,
                                ResourceServer auth) {
        var options = tuning.apply(HttpOptions.defaults().withPort(0).withShutdownGrace(WAIT));
        return new HttpTestServer(engine, McpHttpServer.start(engine, engine, log, options, auth, config -> { }));
    }

    McpHttpServer server() {
        return server;
    }

    int port() {
        return port;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/mcp");
    }

    /** A request to the endpoint with the given headers. */
    HttpRequest.Builder request(Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint()).timeout(WAIT.multipliedBy(2));
        headers.forEach(builder::header);
        return builder;
    }

    /** A JSON POST accepting both JSON and SSE, with the given extra headers. */
    HttpRequest.Builder post(String body, Map<String, String> headers) {
        return request(headers).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request whose response is read as an event stream, line by line, on a background thread. */
    EventStream open(HttpRequest.Builder request) {
        try {
            return new EventStream(client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Sends a hand-written HTTP/1.1 request over a plain socket (the JDK client refuses to set {@code Host})
     * and returns the response's status code.
     */
    int rawStatus(String method, Map<String, String> headers, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(" /mcp HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) WAIT.toMillis());
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                statusLine.append((char) c);
            }
            return Integer.parseInt(statusLine.toString().split(" ")[1]);
        } catch (IOException e) {
            throw new IllegalStateException("raw request failed", e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    @Override
    public void close() throws Exception {
        server.close();
        client.close();
        engine.close();
    }
}
