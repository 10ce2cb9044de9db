package dev.mcphex.distribution.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.redis.TestRedis;
import dev.mcphex.distribution.cli.HttpStarter;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.SessionConfig;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import dev.mcphex.ports.jsonrpc.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A server whose Redis goes away and comes back, against a Redis process this test owns (never a
 * shared one): while it is gone, every request still gets its answer within seconds.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RedisOutageServerIT {
    private static final String LEGACY = "2025-11-25";
    private static final String MODERN = "2026-07-28";
    /** Longer than any answer may take while Redis is gone: commands fail at once, or after 2 s at most. */
    private static final Duration PROMPT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestRedis.Embedded redis;
    private HttpStarter.Running server;

    @BeforeEach
    void start() {
        redis = TestRedis.Embedded.start(TestRedis.freePort());
        Map<String, String> variables = Map.of("MCP_REDIS_URL", "redis://127.0.0.1:" + redis.port(),
                "MCP_REQUEST_STATE_SECRET", "a-request-state-secret-of-32+-bytes!", "MCP_HTTP_HOST", "127.0.0.1",
                "MCP_PORT", "0", "MCP_SERVER_NAME", "redis-outage", "MCP_RATE_LIMITS", ScaleTestPack.LIMITED + "=1/1h");
        server = CompositionRoot.injector(Environment.of(variables), ToolPackModule.of(List.of(new ScaleTestPack())))
                .getInstance(HttpStarter.class).start();
    }

    @AfterEach
    void stop() throws Exception {
        try (var running = server) {
            client.close();
        } finally {
            redis.stop();
        }
    }

    @Test
    void whileRedisIsGone_requestsKeepTheirContract_andAllRecoversWhenItIsBack() throws Exception {
        String session = initialize();
        assertThat(health().path("redis").asString()).isEqualTo("connected");

        redis.stop();

        HttpResponse<String> modern = prompt(modernCall(ScaleTestPack.LIMITED));
        assertThat(modern.statusCode()).as(modern.body()).isEqualTo(200);
        assertThat(Json.parse(modern.body()).path("result").path("content").get(0).path("text").asString())
                .isEqualTo("admitted");
        HttpResponse<String> again = prompt(modernCall(ScaleTestPack.LIMITED));
        assertThat(again.statusCode()).as("the rate limit fails open: %s", again.body()).isEqualTo(200);

        // The session was read less than a second ago: this instance still serves it from its copy
        // (NearCachedSessionStore) until that is as old as the revalidation period.
        Thread.sleep(SessionConfig.MAX_REVALIDATE_AFTER.toMillis());
        HttpResponse<String> legacy = prompt(legacy(request(2, "tools/list"), session));
        assertUnavailable(legacy, 2);
        HttpResponse<String> stream = prompt(legacyGet(session));
        assertUnavailable(stream, null);
        HttpResponse<String> newSession = prompt(initializeRequest());
        assertUnavailable(newSession, 1);

        JsonNode degraded = health();
        assertThat(degraded.path("status").asString()).isEqualTo("degraded");
        assertThat(degraded.path("redis").asString()).isEqualTo("disconnected");
        assertThat(degraded.path("components").path("redis").path("status").asString()).isEqualTo("DEGRADED");

        redis.restart();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!health().path("status").asString().equals("healthy") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(health().path("status").asString()).isEqualTo("healthy");
        String fresh = initialize();
        HttpResponse<String> listed = prompt(legacy(request(3, "tools/list"), fresh));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(Json.parse(listed.body()).path("result").path("tools").size()).isPositive();
    }

    /** 503 with Retry-After and a JSON-RPC error: the session is not lost, it cannot be read now. */
    private static void assertUnavailable(HttpResponse<String> response, Integer id) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode error = Json.parse(response.body());
        assertThat(error.path("jsonrpc").asString()).isEqualTo("2.0");
        assertThat(error.path("error").path("code").asInt()).isEqualTo(-32603);
        assertThat(error.path("error").path("message").asString()).containsIgnoringCase("unavailable");
        if (id != null) {
            assertThat(error.path("id").asInt()).isEqualTo(id);
        }
    }

    private String initialize() throws Exception {
        HttpResponse<String> response = prompt(initializeRequest());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(prompt(legacy("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session))
                .statusCode()).isEqualTo(202);
        return session;
    }

    private HttpRequest initializeRequest() {
        ObjectNode params = Json.object().put("protocolVersion", LEGACY);
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "outage-test").put("version", "1");
        ObjectNode body = Json.object().put("jsonrpc", "2.0").put("id", 1).put("method", "initialize");
        body.set("params", params);
        return endpoint().header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
    }

    private static String request(long id, String method) {
        ObjectNode body = Json.object().put("jsonrpc", "2.0").put("id", id).put("method", method);
        body.putObject("params");
        return Json.write(body);
    }

    private HttpRequest modernCall(String tool) {
        ObjectNode params = Json.object().put("name", tool);
        params.putObject("arguments");
        ObjectNode meta = params.putObject("_meta").put("io.modelcontextprotocol/protocolVersion", MODERN);
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "outage-test").put("version", "1");
        meta.putObject("io.modelcontextprotocol/clientCapabilities");
        ObjectNode body = Json.object().put("jsonrpc", "2.0").put("id", 7).put("method", "tools/call");
        body.set("params", params);
        return endpoint().header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", MODERN)
                .header("Mcp-Method", "tools/call").header("Mcp-Name", tool)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
    }

    private HttpRequest legacy(String body, String session) {
        return endpoint().header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("Mcp-Session-Id", session)
                .header("MCP-Protocol-Version", LEGACY).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest legacyGet(String session) {
        return endpoint().header("Accept", "text/event-stream").header("Mcp-Session-Id", session)
                .header("MCP-Protocol-Version", LEGACY).GET().build();
    }

    private JsonNode health() throws Exception {
        HttpResponse<String> response = prompt(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/health")).GET().build());
        return Json.parse(response.body());
    }

    private HttpRequest.Builder endpoint() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + server.options().path()));
    }

    /** Sends a request that must be answered within {@link #PROMPT}. */
    private HttpResponse<String> prompt(HttpRequest request) throws Exception {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .get(PROMPT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
