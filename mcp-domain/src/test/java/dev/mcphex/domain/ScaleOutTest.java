package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.memory.InMemoryClientResponseRelay;
import dev.mcphex.domain.memory.InMemoryNotificationBus;
import dev.mcphex.domain.memory.InMemorySessionStore;
import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two engines behind one load balancer, sharing their driven ports. */
class ScaleOutTest {
    private final SessionStore sessions = new InMemorySessionStore(Clock.systemUTC(), Duration.ofMinutes(5));
    private final NotificationBus bus = new InMemoryNotificationBus();
    private final ClientResponseRelay relay = new InMemoryClientResponseRelay();

    private McpEngine instance() {
        return TestFixtures.builder().sessionStore(sessions).notificationBus(bus).clientResponseRelay(relay).build();
    }

    @Test
    void elicitationAnsweredThroughAnotherInstance_completesTheWaitingToolCall() throws Exception {
        var onA = new EngineHarness(instance());
        var onB = new EngineHarness(instance());
        onA.initialize("2025-11-25", EngineHarness.allCapabilities());
        onB.sessionId = onA.sessionId;
        CompletableFuture<JsonRpcMessage> call = CompletableFuture.supplyAsync(() ->
                onA.request("tools/call", params("{\"name\":\"ask_name\"}")));
        JsonRpcRequest ask = awaitServerRequest(onA, "elicitation/create");

        onB.send(new JsonRpcResult(ask.id(), params("{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}")));

        assertThat(result(call.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue()).isEqualTo("Hello, Ada!");
    }

    @Test
    void relayedAnswerFromAnotherSession_doesNotCompleteTheCall() throws Exception {
        var onA = new EngineHarness(instance());
        var onB = new EngineHarness(instance());
        onA.initialize("2025-11-25", EngineHarness.allCapabilities());
        onB.initialize("2025-11-25", EngineHarness.allCapabilities());
        CompletableFuture<JsonRpcMessage> call = CompletableFuture.supplyAsync(() ->
                onA.request("tools/call", params("{\"name\":\"ask_name\"}")));
        JsonRpcRequest ask = awaitServerRequest(onA, "elicitation/create");

        onB.send(new JsonRpcResult(ask.id(), params("{\"action\":\"accept\",\"content\":{\"name\":\"Eve\"}}")));
        Thread.sleep(100);
        assertThat(call).isNotDone();

        onB.sessionId = onA.sessionId;
        onB.send(new JsonRpcResult(ask.id(), params("{\"action\":\"decline\"}")));
        assertThat(result(call.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue()).isEqualTo("No name");
    }

    @Test
    void serverRequestIds_differBetweenInstances() throws Exception {
        var onA = new EngineHarness(instance());
        var onB = new EngineHarness(instance());
        onA.initialize("2025-11-25", EngineHarness.allCapabilities());
        onB.sessionId = onA.sessionId;
        CompletableFuture.supplyAsync(() -> onA.request("tools/call", params("{\"name\":\"ask_name\"}")));
        CompletableFuture.supplyAsync(() -> onB.request("tools/call", params("{\"name\":\"ask_name\"}")));
        assertThat(awaitServerRequest(onA, "elicitation/create").id())
                .isNotEqualTo(awaitServerRequest(onB, "elicitation/create").id());
    }

    private static JsonRpcRequest awaitServerRequest(EngineHarness client, String method) throws InterruptedException {
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
}
