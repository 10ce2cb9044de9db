package dev.mcphex.adapter.javalin;

import static dev.mcphex.adapter.javalin.OldClientServer.INITIALIZED;
import static dev.mcphex.adapter.javalin.OldClientServer.call;
import static dev.mcphex.adapter.javalin.OldClientServer.initialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebSocketEndpointTest {
    private OldClientServer server = new OldClientServer();
    private WsClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private String uri() {
        return "ws://127.0.0.1:" + server.http.port() + "/mcp";
    }

    private void initialized(String version) throws Exception {
        client = new WsClient(uri());
        client.send(initialize(1, version));
        JsonNode response = client.next();
        assertThat(response.get("id").intValue()).isEqualTo(1);
        assertThat(response.at("/result/protocolVersion").stringValue()).isEqualTo(version);
        client.send(INITIALIZED);
    }

    @Test
    void initializeAndToolsCall_travelAsTextFramesOnTheMcpPath() throws Exception {
        initialized("2025-03-26");

        client.send(call(2, "echo", "{\"text\":\"over a socket\"}"));

        JsonNode result = client.next();
        assertThat(result.get("id").intValue()).isEqualTo(2);
        assertThat(result.at("/result/content/0/text").stringValue()).isEqualTo("over a socket");
        assertThat(server.engine.sessionCount()).isEqualTo(1);
    }

    @Test
    void plainGetOnTheMcpPath_stillReachesStreamableHttp() throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/mcp"))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("Mcp-Session-Id");
        }
    }

    @Test
    void serverNotification_reachesTheSocketOfAnInitializedSession() throws Exception {
        initialized("2025-11-25");
        client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");
        assertThat(client.next().get("id").intValue()).isEqualTo(2);

        server.engine.toolsChanged();

        assertThat(client.next().get("method").stringValue()).isEqualTo("notifications/tools/list_changed");
    }

    @Test
    void toolThatElicits_isAnsweredByALaterFrameWhileTheCallWaits() throws Exception {
        initialized("2025-06-18");
        client.send(call(3, "ask_name", "{}"));
        JsonNode ask = client.next();
        assertThat(ask.get("method").stringValue()).isEqualTo("elicitation/create");

        client.send("{\"jsonrpc\":\"2.0\",\"id\":" + ask.get("id") + ",\"result\":{\"action\":\"accept\","
                + "\"content\":{\"name\":\"Grace\"}}}");

        assertThat(client.next().at("/result/content/0/text").stringValue()).isEqualTo("Hello, Grace!");
    }

    @Test
    void closingTheSocket_endsTheSessionAndCancelsItsRequests() throws Exception {
        initialized("2025-11-25");
        client.send(call(4, "wait", "{}"));
        assertThat(server.waitStarted.await(5, TimeUnit.SECONDS)).isTrue();

        client.close();

        assertThat(server.waitCancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(server.awaitNoSessions()).isTrue();
    }

    @Test
    void frameOverTheLimit_closesTheConnectionWith1009() throws Exception {
        client = new WsClient(uri());

        client.send(call(1, "echo", "{\"text\":\"" + "x".repeat((int) OldClientServer.MAX_BODY) + "\"}"));

        assertThat(client.closeCode()).isEqualTo(1009);
    }

    @Test
    void modernRequest_isServedWithoutASession() throws Exception {
        client = new WsClient(uri());

        client.send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\"text\":\"stateless\"},\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":"
                + "\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}");

        JsonNode result = client.next();
        assertThat(result.get("id").intValue()).isEqualTo(9);
        assertThat(result.at("/result/content/0/text").stringValue()).isEqualTo("stateless");
        assertThat(server.engine.sessionCount()).isZero();
    }

    @Test
    void foreignOrigin_isRefusedAtTheUpgradeWith403() {
        assertThatThrownBy(() -> new WsClient(uri(), "http://evil.example"))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
    }

    @Test
    void silentConnection_isClosedAfterTheIdleTimeout() throws Exception {
        server.close();
        server = new OldClientServer(options -> options.withKeepAlive(Duration.ofMinutes(1))
                .withWebSocketIdleTimeout(Duration.ofMillis(200)));
        client = new WsClient(uri());

        assertThat(client.closeCode()).isNotEqualTo(1000);
    }

    @Test
    void webSocketAtItsOwnPath_leavesTheMcpPathToStreamableHttp() throws Exception {
        server.close();
        server = new OldClientServer(options -> options.withWebSocketPath("/mcp/ws"));
        client = new WsClient("ws://127.0.0.1:" + server.http.port() + "/mcp/ws");
        client.send(initialize(1, "2024-11-05"));

        assertThat(client.next().at("/result/protocolVersion").stringValue()).isEqualTo("2024-11-05");
        assertThatThrownBy(() -> new WsClient(uri())).isInstanceOf(CompletionException.class);
    }
}
