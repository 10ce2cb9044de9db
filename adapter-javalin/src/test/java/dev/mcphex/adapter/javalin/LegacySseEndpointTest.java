package dev.mcphex.adapter.javalin;

import static dev.mcphex.adapter.javalin.OldClientServer.INITIALIZED;
import static dev.mcphex.adapter.javalin.OldClientServer.call;
import static dev.mcphex.adapter.javalin.OldClientServer.initialize;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LegacySseEndpointTest {
    private final OldClientServer server = new OldClientServer();
    private SseClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    /** Opens the stream and returns the messages URI of its endpoint event. */
    private String connect() throws Exception {
        client = new SseClient(server.base(), "/sse");
        SseClient.Event endpoint = client.next();
        assertThat(endpoint.type()).isEqualTo("endpoint");
        return endpoint.data();
    }

    private String initialized(String version) throws Exception {
        String messages = connect();
        assertThat(client.post(messages, initialize(1, version)).statusCode()).isEqualTo(202);
        assertThat(client.nextMessage().at("/result/protocolVersion").stringValue()).isEqualTo(version);
        assertThat(client.post(messages, INITIALIZED).statusCode()).isEqualTo(202);
        return messages;
    }

    @Test
    void stream_startsWithAnEndpointEventNamingARelativeMessagesUri() throws Exception {
        String messages = connect();

        assertThat(client.response.statusCode()).isEqualTo(200);
        assertThat(client.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(messages).matches("/messages\\?sessionId=[0-9a-f-]{36}");
    }

    @Test
    void initializeListAndCall_areAccepted202WithEmptyBodies_andAnsweredOnTheStream() throws Exception {
        String messages = initialized("2024-11-05");

        HttpResponse<String> list = client.post(messages, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        assertThat(list.statusCode()).isEqualTo(202);
        assertThat(list.body()).isEmpty();
        JsonNode tools = client.nextMessage();
        assertThat(tools.get("id").intValue()).isEqualTo(2);
        assertThat(tools.at("/result/tools").findValuesAsString("name")).contains("echo", "ask_name", "wait");

        assertThat(client.post(messages, call(3, "echo", "{\"text\":\"hi\"}")).statusCode()).isEqualTo(202);
        JsonNode echoed = client.nextMessage();
        assertThat(echoed.get("id").intValue()).isEqualTo(3);
        assertThat(echoed.at("/result/content/0/text").stringValue()).isEqualTo("hi");
        assertThat(server.engine.sessionCount()).isEqualTo(1);
    }

    @Test
    void toolThatElicits_isAnsweredByAPostWhileTheCallWaits() throws Exception {
        String messages = initialized("2025-06-18");

        assertThat(client.post(messages, call(7, "ask_name", "{}")).statusCode()).isEqualTo(202);
        JsonNode ask = client.nextMessage();
        assertThat(ask.get("method").stringValue()).isEqualTo("elicitation/create");
        String answer = "{\"jsonrpc\":\"2.0\",\"id\":" + ask.get("id") + ",\"result\":{\"action\":\"accept\","
                + "\"content\":{\"name\":\"Ada\"}}}";
        assertThat(client.post(messages, answer).statusCode()).isEqualTo(202);

        JsonNode result = client.nextMessage();
        assertThat(result.get("id").intValue()).isEqualTo(7);
        assertThat(result.at("/result/content/0/text").stringValue()).isEqualTo("Hello, Ada!");
    }

    @Test
    void postWithoutSessionId_is400() throws Exception {
        connect();
        assertThat(client.post("/messages", INITIALIZED).statusCode()).isEqualTo(400);
    }

    @Test
    void postWithUnknownSessionId_is404() throws Exception {
        connect();
        HttpResponse<String> response = client.post("/messages?sessionId=nobody", initialize(1, "2024-11-05"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(server.engine.sessionCount()).isZero();
    }

    @Test
    void bodyOverTheLimit_is413() throws Exception {
        String messages = connect();
        String text = "x".repeat((int) OldClientServer.MAX_BODY);
        assertThat(client.post(messages, call(1, "echo", "{\"text\":\"" + text + "\"}")).statusCode()).isEqualTo(413);
    }

    @Test
    void foreignHost_isRefusedWith403_onTheStreamAndTheMessages() throws Exception {
        assertThat(RawHttp.status(server.http.port(), "GET", "/sse", "evil.example")).isEqualTo(403);
        assertThat(RawHttp.status(server.http.port(), "POST", "/messages?sessionId=x", "evil.example")).isEqualTo(403);
    }

    @Test
    void idleStream_getsKeepAliveComments() throws Exception {
        connect();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (client.comments() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(client.comments()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void closingTheStream_endsTheSessionAndCancelsItsRequests() throws Exception {
        String messages = initialized("2024-11-05");
        assertThat(client.post(messages, call(5, "wait", "{}")).statusCode()).isEqualTo(202);
        assertThat(server.waitStarted.await(5, TimeUnit.SECONDS)).isTrue();

        client.close();

        assertThat(server.waitCancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(server.awaitNoSessions()).isTrue();
        client = new SseClient(server.base(), "/sse");
        assertThat(client.post(messages, INITIALIZED).statusCode()).isEqualTo(404);
    }
}
