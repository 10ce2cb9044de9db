package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Principal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class LegacyEraTest {
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(TestFixtures.builder().pageSize(3).build());
    }

    @Test
    void initialize_echoesASupportedVersion_andDeclaresCapabilities() {
        ObjectNode result = client.initialize("2025-06-18", EngineHarness.allCapabilities());
        assertThat(result.get("protocolVersion").stringValue()).isEqualTo("2025-06-18");
        assertThat(result.at("/serverInfo/name").stringValue()).isEqualTo("test-server");
        assertThat(result.at("/capabilities/tools/listChanged").booleanValue()).isTrue();
        assertThat(result.at("/capabilities/resources/subscribe").booleanValue()).isTrue();
        assertThat(result.has("resultType")).isFalse();
        assertThat(client.sessionId).matches("[\\x21-\\x7E]{40,}");
    }

    @Test
    void initialize_withAnUnknownVersion_answersTheNewestLegacyVersion() {
        assertThat(client.initialize("1999-01-01", Json.object()).get("protocolVersion").stringValue())
                .isEqualTo("2025-11-25");
        assertThat(new EngineHarness(TestFixtures.builder().build()).initialize("2026-07-28", Json.object())
                .get("protocolVersion").stringValue()).isEqualTo("2025-11-25");
    }

    @Test
    void initialize_withoutProtocolVersion_isInvalidParams() {
        var response = client.request("initialize", params("{\"capabilities\":{}}"));
        assertThat(error(response).code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void ping_andSetLevel_returnExactlyAnEmptyObject() {
        assertThat(result(client.request("ping", null))).isEmpty();
        client.initialize("2025-11-25", Json.object());
        assertThat(result(client.request("ping", null))).isEmpty();
        assertThat(result(client.request("logging/setLevel", params("{\"level\":\"debug\"}")))).isEmpty();
        assertThat(error(client.request("logging/setLevel", params("{\"level\":\"loud\"}"))).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void requestsBeforeInitialize_areRefusedClearly() {
        var detail = error(client.request("tools/list", null));
        assertThat(detail.code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(detail.message()).contains("initialize");
    }

    @Test
    void unknownMethod_isMethodNotFound() {
        client.initialize("2025-11-25", Json.object());
        assertThat(error(client.request("tools/destroy", null)).code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
        assertThat(error(client.request("server/discover", null)).code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
    }

    @Test
    void sessionOfAnotherPrincipal_isNotServed() {
        client.initialize("2025-11-25", Json.object());
        client.as(new Principal("mallory", Set.of()));
        assertThat(error(client.request("tools/list", null)).code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void toolsList_isPaginatedWithOpaqueCursors_inRegistrationOrder() {
        client.initialize("2025-11-25", Json.object());
        ObjectNode first = result(client.request("tools/list", null));
        assertThat(first.get("tools").size()).isEqualTo(3);
        assertThat(first.at("/tools/0/name").stringValue()).isEqualTo("echo");
        String cursor = first.get("nextCursor").stringValue();
        ObjectNode second = result(client.request("tools/list", Json.object().put("cursor", cursor)));
        assertThat(second.at("/tools/0/name").stringValue()).isEqualTo("reject");
        assertThat(error(client.request("tools/list", Json.object().put("cursor", "forged"))).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(first.has("ttlMs")).isFalse();
    }

    @Test
    void progressAndLogs_goToTheRequestStream_filteredByTheSessionLevel() {
        client.initialize("2025-11-25", Json.object());
        client.request("logging/setLevel", params("{\"level\":\"info\"}"));
        var response = client.request("tools/call", params("{\"name\":\"progress\",\"_meta\":{\"progressToken\":7}}"));
        assertThat(result(response).at("/content/0/text").stringValue()).isEqualTo("finished");
        List<JsonRpcNotification> progress = client.notifications("notifications/progress");
        assertThat(progress).extracting(n -> n.params().get("progress").doubleValue()).containsExactly(0.0, 1.0, 2.0);
        assertThat(progress.get(0).params().get("progressToken").isIntegralNumber()).isTrue();
        assertThat(client.notifications("notifications/message")).extracting(n -> n.params().get("data").stringValue())
                .containsExactly("warning line");
    }

    @Test
    void withoutProgressToken_noProgressIsSent() {
        client.initialize("2025-11-25", Json.object());
        client.request("tools/call", params("{\"name\":\"progress\"}"));
        assertThat(client.notifications("notifications/progress")).isEmpty();
    }

    @Test
    void elicitation_isAServerRequestOnTheCallsStream_andTheAnswerCompletesTheCall() throws Exception {
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
        CompletableFuture<JsonRpcMessage> call = CompletableFuture.supplyAsync(() ->
                client.request("tools/call", params("{\"name\":\"ask_name\"}")));
        JsonRpcRequest ask = awaitServerRequest("elicitation/create");
        assertThat(ask.params().get("message").stringValue()).isEqualTo("What is your name?");
        client.send(new JsonRpcResult(ask.id(), params("{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}")));
        assertThat(result(call.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue()).isEqualTo("Hello, Ada!");
    }

    @Test
    void answerFromAnotherSession_doesNotCompleteTheCall() throws Exception {
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
        String owner = client.sessionId;
        CompletableFuture<JsonRpcMessage> call = CompletableFuture.supplyAsync(() ->
                client.request("tools/call", params("{\"name\":\"ask_name\"}")));
        JsonRpcRequest ask = awaitServerRequest("elicitation/create");
        var intruder = new EngineHarness(client.engine);
        intruder.initialize("2025-11-25", Json.object());
        intruder.send(new JsonRpcResult(ask.id(), params("{\"action\":\"accept\",\"content\":{\"name\":\"Eve\"}}")));
        assertThat(call).isNotDone();
        client.sessionId = owner;
        client.send(new JsonRpcResult(ask.id(), params("{\"action\":\"decline\"}")));
        assertThat(result(call.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue()).isEqualTo("No name");
    }

    @Test
    void askingAClientWithoutTheCapability_isAToolError() {
        client.initialize("2025-11-25", Json.object());
        ObjectNode result = result(client.request("tools/call", params("{\"name\":\"ask_model\"}")));
        assertThat(result.get("isError").booleanValue()).isTrue();
        assertThat(result.at("/content/0/text").stringValue()).contains("sampling");
        assertThat(client.sent).noneMatch(m -> m instanceof JsonRpcRequest);
    }

    @Test
    void samplingAndRoots_travelAsServerRequests() throws Exception {
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
        var sample = CompletableFuture.supplyAsync(() -> client.request("tools/call", params("{\"name\":\"ask_model\"}")));
        JsonRpcRequest ask = awaitServerRequest("sampling/createMessage");
        assertThat(ask.params().get("maxTokens").intValue()).isEqualTo(50);
        client.send(new JsonRpcResult(ask.id(), params(
                "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"Paris\"},\"model\":\"m\"}")));
        assertThat(result(sample.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue()).isEqualTo("Paris");

        client.sent.clear();
        var roots = CompletableFuture.supplyAsync(() -> client.request("tools/call", params("{\"name\":\"list_roots\"}")));
        JsonRpcRequest list = awaitServerRequest("roots/list");
        client.send(new JsonRpcResult(list.id(), params("{\"roots\":[{\"uri\":\"file:///a\"},{\"uri\":\"file:///b\"}]}")));
        assertThat(result(roots.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue()).isEqualTo("2 roots");
    }

    @Test
    void cancelledNotification_stopsTheWork_andNoResponseIsSent() throws Exception {
        client.initialize("2025-11-25", Json.object());
        var exchange = client.exchange(new Cancellation());
        CompletableFuture<Optional<JsonRpcMessage>> call = CompletableFuture.supplyAsync(() -> client.engine.handle(
                new JsonRpcRequest(RequestId.of("slow-1"), "tools/call", params("{\"name\":\"slow\"}")), exchange));
        awaitInFlight();
        client.send(new JsonRpcNotification("notifications/cancelled", params("{\"requestId\":\"slow-1\"}")));
        assertThat(call.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(exchange.cancellation().isCancelled()).isTrue();
    }

    @Test
    void endingASession_cancelsItsRequests_andForgetsIt() throws Exception {
        client.initialize("2025-11-25", Json.object());
        CompletableFuture<Optional<JsonRpcMessage>> call = CompletableFuture.supplyAsync(() ->
                client.send(new JsonRpcRequest(RequestId.of(99), "tools/call", params("{\"name\":\"slow\"}"))));
        awaitInFlight();
        assertThat(client.engine.endSession(client.sessionId)).isTrue();
        assertThat(call.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(client.engine.sessionExists(client.sessionId)).isFalse();
        assertThat(client.engine.endSession(client.sessionId)).isFalse();
    }

    @Test
    void subscribedSessions_hearResourceUpdates_andListChanges_onTheirStandaloneStream() throws Exception {
        client.initialize("2025-11-25", Json.object());
        List<JsonRpcMessage> stream = new CopyOnWriteArrayList<>();
        try (var attached = client.engine.openSessionStream(client.sessionId, stream::add)) {
            client.request("resources/subscribe", params("{\"uri\":\"test://text\"}"));
            client.engine.resourceUpdated("test://text");
            client.engine.resourceUpdated("test://blob");
            client.request("resources/unsubscribe", params("{\"uri\":\"test://text\"}"));
            client.engine.resourceUpdated("test://text");
            client.engine.removeTool("echo");
        }
        client.engine.removeTool("image");
        assertThat(stream).extracting(m -> ((JsonRpcNotification) m).method())
                .containsExactly("notifications/resources/updated", "notifications/tools/list_changed");
    }

    @Test
    void batches_areServedOnlyIn2025_03_26() {
        client.initialize("2025-03-26", Json.object());
        byte[] batch = "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"method\":\"notifications/x\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"nope\"}]"
                .getBytes(StandardCharsets.UTF_8);
        String answer = client.engine.handleDocument(batch, client.exchange(new Cancellation())).orElseThrow();
        var array = Json.parse(answer);
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(1).at("/error/code").intValue()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);

        var other = new EngineHarness(client.engine);
        other.initialize("2025-11-25", Json.object());
        String refused = other.engine.handleDocument(batch, other.exchange(new Cancellation())).orElseThrow();
        assertThat(Json.parse(refused).at("/error/code").intValue()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    private JsonRpcRequest awaitServerRequest(String method) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            for (JsonRpcMessage m : client.sent) {
                if (m instanceof JsonRpcRequest r && r.method().equals(method)) {
                    return r;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + method + " request was sent");
    }

    private void awaitInFlight() throws InterruptedException {
        for (int i = 0; i < 500 && client.engine.inFlightCount() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(client.engine.inFlightCount()).isPositive();
    }

}
