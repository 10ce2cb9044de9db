package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Legacy-era sessions over real HTTP: the handshake, the session header's statuses, and versions. */
class StreamableHttpLegacyTest {
    private McpEngine engine;
    private HttpTestServer http;

    @BeforeEach
    void start() {
        engine = Mcphex.server("legacy", "1.0.0").tool(TestTools.echo()).tool(TestTools.progress())
                .tool(TestTools.askName()).build();
        http = HttpTestServer.start(engine);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
    }

    private LegacyClient session(String version) {
        return new LegacyClient(http, version).open();
    }

    private static String toolsList() {
        return new LegacyClient(null, "").request("tools/list", Json.object());
    }

    @Test
    void initialize_opensASession_namedInVisibleAscii() {
        HttpResponse<String> response = http.send(http.post(LegacyClient.initialize("2025-11-25", Json.object()),
                Map.of()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Mcp-Session-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("[\\x21-\\x7E]+"));
        assertThat(HttpTestServer.json(response).path("result").path("protocolVersion").asString())
                .isEqualTo("2025-11-25");
    }

    @Test
    void requestWithoutSessionHeader_is400() {
        assertThat(http.send(http.post(toolsList(), Map.of())).statusCode()).isEqualTo(400);
    }

    @Test
    void requestNamingAnUnknownSession_is404() {
        assertThat(http.send(http.post(toolsList(), Map.of("Mcp-Session-Id", "no-such-session"))).statusCode())
                .isEqualTo(404);
    }

    @Test
    void getWithoutSession_is400_andWithAnUnknownOne_is404() {
        assertThat(http.send(http.request(Map.of("Accept", "text/event-stream")).GET()).statusCode())
                .isEqualTo(400);
        assertThat(http.send(http.request(Map.of("Accept", "text/event-stream", "Mcp-Session-Id", "nope")).GET())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void deletedSession_is404Afterwards() {
        LegacyClient client = session("2025-11-25");
        assertThat(http.send(client.delete()).statusCode()).isBetween(200, 299);
        assertThat(http.send(client.post(toolsList())).statusCode()).isEqualTo(404);
        assertThat(http.send(client.get(null)).statusCode()).isEqualTo(404);
        assertThat(http.send(client.delete()).statusCode()).isEqualTo(404);
    }

    @Test
    void expiredSession_is404() throws Exception {
        try (var shortLived = HttpTestServer.start(Mcphex.server("short", "1.0.0")
                .sessionIdleTimeout(Duration.ofMillis(200)).build())) {
            LegacyClient client = new LegacyClient(shortLived, "2025-11-25").open();
            Thread.sleep(500);
            assertThat(shortLived.send(client.post(toolsList())).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void sessionRequest_isAnsweredWithJson() {
        HttpResponse<String> response = http.send(session("2025-11-25").post(toolsList()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HttpTestServer.json(response).path("result").path("tools").size()).isEqualTo(3);
    }

    @Test
    void notificationsAndClientResponses_areAccepted() {
        LegacyClient client = session("2025-11-25");
        assertThat(http.send(client.post(LegacyClient.notification("notifications/initialized"))).statusCode())
                .isEqualTo(202);
        assertThat(http.send(client.post("{\"jsonrpc\":\"2.0\",\"id\":4242,\"result\":{}}")).statusCode())
                .isEqualTo(202);
    }

    @Test
    void everySupportedLegacyVersionHeader_isAccepted() {
        for (String version : new String[] {"2025-03-26", "2025-06-18", "2025-11-25"}) {
            LegacyClient client = session(version);
            assertThat(http.send(client.post(toolsList())).statusCode()).as(version).isEqualTo(200);
        }
    }

    @Test
    void unknownVersionHeader_is400() {
        LegacyClient client = session("2025-11-25");
        var request = http.post(toolsList(), Map.of("Mcp-Session-Id", client.sessionId(),
                "MCP-Protocol-Version", "1999-01-01"));
        assertThat(http.send(request).statusCode()).isEqualTo(400);
    }

    @Test
    void streamOf2025_11_25_startsWithAPrimingEvent() {
        LegacyClient client = session("2025-11-25");
        try (EventStream stream = http.open(client.post(client.call("progress", Json.object(), "p")))) {
            EventStream.Event priming = stream.next();
            assertThat(priming.id()).isNotBlank();
            assertThat(priming.retry()).isNotBlank();
            assertThat(priming.data()).isEmpty();
            assertThat(stream.remainingMessages()).extracting(m -> m.path("method").asString())
                    .containsExactly("notifications/progress", "notifications/progress", "");
        }
    }

    @Test
    void streamOf2025_03_26_startsWithTheFirstMessage() {
        LegacyClient client = session("2025-03-26");
        try (EventStream stream = http.open(client.post(client.call("progress", Json.object(), "p")))) {
            assertThat(stream.next().carriesMessage()).isTrue();
        }
    }

    @Test
    void elicitationRequest_travelsOnThePostStream_andThePostedAnswerCompletesTheCall() {
        ObjectNode capabilities = Json.object();
        capabilities.putObject("elicitation");
        LegacyClient client = new LegacyClient(http, "2025-11-25").open(capabilities);
        try (EventStream stream = http.open(client.post(client.call("ask_name", Json.object(), null)))) {
            JsonNode ask = stream.nextMessage();
            assertThat(ask.path("method").asString()).isEqualTo("elicitation/create");

            ObjectNode answer = Json.object();
            answer.put("jsonrpc", "2.0");
            answer.set("id", ask.get("id"));
            answer.putObject("result").put("action", "accept").putObject("content").put("name", "Ada");
            assertThat(http.send(client.post(Json.write(answer))).statusCode()).isEqualTo(202);

            JsonNode result = stream.nextMessage();
            assertThat(result.path("result").path("content").get(0).path("text").asString()).isEqualTo("hello Ada");
        }
    }

    @Test
    void getStream_receivesToolListChanges() {
        LegacyClient client = session("2025-11-25");
        try (EventStream stream = http.open(client.get(null))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("X-Accel-Buffering")).hasValue("no");
            assertThat(stream.next().carriesMessage()).as("priming event").isFalse();
            engine.addTool(TestTools.tool("added", (call, context) -> null));
            assertThat(stream.nextMessage().path("method").asString())
                    .isEqualTo("notifications/tools/list_changed");
        }
    }

    @Test
    void batch_isServedFor2025_03_26() {
        LegacyClient client = session("2025-03-26");
        String batch = "[" + client.request("tools/list", Json.object()) + ","
                + client.request("tools/list", Json.object()) + "]";
        HttpResponse<String> response = http.send(client.post(batch));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HttpTestServer.json(response).size()).isEqualTo(2);
    }

    @Test
    void batch_isRejectedWith400ForLaterVersions() {
        LegacyClient client = session("2025-11-25");
        String batch = "[" + client.request("tools/list", Json.object()) + "]";
        HttpResponse<String> response = http.send(client.post(batch));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(HttpTestServer.json(response).path("error").path("code").asInt()).isEqualTo(-32600);
    }
}
