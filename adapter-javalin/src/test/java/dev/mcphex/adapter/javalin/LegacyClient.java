package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/** A legacy-era (session) client: initializes, then posts requests, notifications and responses. */
final class LegacyClient {
    private final HttpTestServer http;
    private final String version;
    private final AtomicLong ids = new AtomicLong(1);
    private String sessionId;

    LegacyClient(HttpTestServer http, String version) {
        this.http = http;
        this.version = version;
    }

    /** Initializes a session declaring these client capabilities and sends {@code notifications/initialized}. */
    LegacyClient open(ObjectNode capabilities) {
        HttpResponse<String> response = http.send(http.post(initialize(version, capabilities), Map.of()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        sessionId = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(http.send(post(notification("notifications/initialized"))).statusCode()).isEqualTo(202);
        return this;
    }

    LegacyClient open() {
        return open(Json.object());
    }

    static String initialize(String version, ObjectNode capabilities) {
        ObjectNode params = Json.object();
        params.put("protocolVersion", version);
        params.set("capabilities", capabilities);
        params.putObject("clientInfo").put("name", "http-test").put("version", "1.0.0");
        return message(0, "initialize", params);
    }

    String sessionId() {
        return sessionId;
    }

    long nextId() {
        return ids.getAndIncrement();
    }

    String request(String method, ObjectNode params) {
        return message(nextId(), method, params);
    }

    String call(String tool, ObjectNode arguments, String progressToken) {
        ObjectNode params = Json.object();
        params.put("name", tool);
        params.set("arguments", arguments);
        if (progressToken != null) {
            params.putObject("_meta").put("progressToken", progressToken);
        }
        return request("tools/call", params);
    }

    static String notification(String method) {
        ObjectNode body = Json.object();
        body.put("jsonrpc", "2.0");
        body.put("method", method);
        return Json.write(body);
    }

    private static String message(long id, String method, ObjectNode params) {
        ObjectNode body = Json.object();
        body.put("jsonrpc", "2.0");
        body.put("id", id);
        body.put("method", method);
        body.set("params", params);
        return Json.write(body);
    }

    /** A POST in this session, with its negotiated version header. */
    HttpRequest.Builder post(String body) {
        return http.post(body, Map.of("Mcp-Session-Id", sessionId, "MCP-Protocol-Version", version));
    }

    /** A GET opening (or, with an event id, resuming) this session's stream. */
    HttpRequest.Builder get(String lastEventId) {
        HttpRequest.Builder get = http.request(Map.of("Mcp-Session-Id", sessionId, "MCP-Protocol-Version", version,
                "Accept", "text/event-stream")).GET();
        return lastEventId == null ? get : get.header("Last-Event-ID", lastEventId);
    }

    HttpRequest.Builder delete() {
        return http.request(Map.of("Mcp-Session-Id", sessionId, "MCP-Protocol-Version", version)).DELETE();
    }
}
