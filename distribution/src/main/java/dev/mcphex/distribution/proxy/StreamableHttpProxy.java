package dev.mcphex.distribution.proxy;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves MCP over stdio by forwarding every message to a remote Streamable HTTP endpoint, for clients that
 * speak only stdio. Requests run concurrently (so the client can answer a server's sampling request while
 * the tool call that asked waits); {@code initialize} and everything that is not a request go in order.
 * Responses come back as JSON or as an SSE stream; in a legacy session a GET stream brings the messages
 * not tied to a request. HTTP failures of a request become JSON-RPC errors with its id.
 */
public final class StreamableHttpProxy {
    private static final Logger LOG = LoggerFactory.getLogger(StreamableHttpProxy.class);

    private final Upstream upstream;
    private final InputStream in;
    private final OutputStream out;
    private final ServerStream serverStream;

    public StreamableHttpProxy(URI url, Optional<String> token, InputStream in, OutputStream out) {
        this.upstream = new Upstream(url, token);
        this.in = in;
        this.out = out;
        this.serverStream = new ServerStream(upstream, this::emit);
    }

    /** Forwards until standard input ends, waits for the requests in flight, then ends the session. */
    public void run() throws IOException, InterruptedException {
        try (ExecutorService inFlight = Executors.newVirtualThreadPerTaskExecutor();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String document = line;
                JsonNode message = parse(document);
                if (message != null && message.has("method") && message.has("id")
                        && !"initialize".equals(message.get("method").asString())) {
                    inFlight.submit(() -> forward(document, message));
                } else {
                    forward(document, message);
                }
            }
        } finally {
            serverStream.close();
            upstream.endSession();
        }
        LOG.info("The input ended; the proxy stops");
    }

    private void forward(String document, JsonNode message) {
        try {
            boolean hadSession = upstream.sessionId().isPresent();
            HttpResponse<InputStream> response = upstream.post(document);
            if (!hadSession && upstream.sessionId().isPresent()) {
                serverStream.open();
            }
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status == 202 || status == 204) {
                response.body().close();
            } else if (status == 200 && type.startsWith("text/event-stream")) {
                SseEvents.read(response.body(), event -> emit(event.data()));
            } else if (status == 200) {
                String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                rememberVersion(message, body);
                emit(body);
            } else {
                failed(message, status, new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warn("Cannot reach the server: {}", e.toString());
            error(message, ErrorCodes.INTERNAL_ERROR, "The proxy cannot reach the server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(message, ErrorCodes.INTERNAL_ERROR, "The proxy stopped before the server answered");
        }
    }

    private void rememberVersion(JsonNode message, String body) {
        if (message != null && "initialize".equals(message.path("method").asString())) {
            JsonNode version = parse(body) == null ? null : parse(body).path("result").get("protocolVersion");
            if (version != null && version.isString()) {
                upstream.protocolVersion(version.stringValue());
            }
        }
    }

    private void failed(JsonNode message, int status, String body) {
        if (status == 404 && upstream.sessionId().isPresent()) {
            upstream.forgetSession();
            serverStream.close();
        }
        JsonNode answer = parse(body);
        if (answer != null && answer.has("jsonrpc") && (answer.has("error") || answer.has("result"))) {
            emit(body);
            return;
        }
        String snippet = body.length() > 200 ? body.substring(0, 200) : body;
        error(message, ErrorCodes.INTERNAL_ERROR, "The server answered HTTP " + status
                + (snippet.isBlank() ? "" : ": " + snippet.strip()));
    }

    private void error(JsonNode message, int code, String text) {
        if (message == null || !message.has("id") || !message.has("method")) {
            LOG.warn("Dropped a message the server refused: {}", text);
            return;
        }
        ObjectNode error = Json.object().put("jsonrpc", "2.0").set("id", message.get("id"));
        error.putObject("error").put("code", code).put("message", text);
        emit(Json.write(error));
    }

    /** Writes one message (or batch) to the client as one line. */
    private void emit(String document) {
        JsonNode parsed = parse(document);
        if (parsed == null || !parsed.isContainer()) {
            LOG.warn("The server sent something that is not a JSON-RPC message; dropped");
            return;
        }
        byte[] line = (Json.write(parsed) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            try {
                out.write(line);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("The client's output closed", e);
            }
        }
    }

    private static JsonNode parse(String document) {
        try {
            return Json.MAPPER.readTree(document);
        } catch (JacksonException e) {
            LOG.debug("Not JSON: {}", e.getOriginalMessage());
            return null;
        }
    }
}
