package dev.mcphex.distribution.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.postgres.TestDatabase;
import dev.mcphex.distribution.cli.HttpStarter;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import dev.mcphex.ports.jsonrpc.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * {@code GET /api/history} of a server built as {@code mcphex serve} builds it, over the history it
 * keeps in PostgreSQL.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HistoryApiIT {
    private static final String LEGACY = "2025-11-25";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpStarter.Running server;

    @BeforeEach
    void start() {
        var environment = Environment.of(Map.of("MCP_DATABASE_URL", TestDatabase.url(), "MCP_HTTP_HOST", "127.0.0.1",
                "MCP_PORT", "0", "MCP_SERVER_NAME", "history-api"));
        server = CompositionRoot.injector(environment, ToolPackModule.of(List.of()))
                .getInstance(HttpStarter.class).start();
    }

    @AfterEach
    void stop() throws Exception {
        try (var running = server) {
            client.close();
        }
    }

    @Test
    void requestsOfASession_arePagedFromPostgres_newestFirst() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String session = initialize();
        for (int id = 2; id <= 4; id++) {
            HttpResponse<String> ping = send(mcp(Json.write(Json.object().put("jsonrpc", "2.0").put("id", id)
                    .put("method", "ping")), session));
            assertThat(ping.statusCode()).as(ping.body()).isEqualTo(200);
        }

        String query = "?session=" + session + "&limit=2&from=" + before;
        List<JsonNode> entries = awaitEntries(query, 4);
        assertThat(entries).extracting(e -> e.path("method").asString())
                .containsExactly("ping", "ping", "ping", "initialize");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.path("session").asString()).isEqualTo(session);
            assertThat(e.path("principal").asString()).isEqualTo("anonymous");
            assertThat(e.path("era").asString()).isEqualTo("legacy");
            assertThat(e.path("status").asString()).isEqualTo("OK");
        });
        assertThat(entries).extracting(e -> Instant.parse(e.path("timestamp").asString()))
                .isSortedAccordingTo((x, y) -> y.compareTo(x));

        HttpResponse<String> bad = send(HttpRequest.newBuilder(api("?limit=1000")).GET().build());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.parse(bad.body()).path("parameter").asString()).isEqualTo("limit");
    }

    /** Reads every page of {@code query} until {@code count} entries are there: history is written in batches. */
    private List<JsonNode> awaitEntries(String query, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<JsonNode> entries = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                HttpResponse<String> page = send(HttpRequest.newBuilder(
                        api(query + (cursor == null ? "" : "&cursor=" + cursor))).GET().build());
                assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
                JsonNode body = Json.parse(page.body());
                assertThat(body.path("entries").size()).isLessThanOrEqualTo(2);
                body.path("entries").forEach(entries::add);
                cursor = body.path("nextCursor").isNull() ? null : body.path("nextCursor").asString();
                pages++;
            } while (cursor != null && pages < 10);
            if (entries.size() >= count || System.nanoTime() > deadline) {
                return entries;
            }
            Thread.sleep(200);
        }
    }

    private String initialize() throws Exception {
        ObjectNode params = Json.object().put("protocolVersion", LEGACY);
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "history-api-test").put("version", "1");
        ObjectNode body = Json.object().put("jsonrpc", "2.0").put("id", 1).put("method", "initialize");
        body.set("params", params);
        HttpResponse<String> response = send(mcp(Json.write(body), null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(send(mcp("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session)).statusCode())
                .isEqualTo(202);
        return session;
    }

    private URI api(String query) {
        return URI.create("http://127.0.0.1:" + server.port() + "/api/history" + query);
    }

    private HttpRequest mcp(String body, String session) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + server.options().path()))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", LEGACY);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(15, TimeUnit.SECONDS);
    }
}
