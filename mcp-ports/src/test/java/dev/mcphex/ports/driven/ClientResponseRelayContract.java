package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ClientResponseRelay} implementation must have. Delivery may be
 * asynchronous, so assertions wait up to {@link #DELIVERY}.
 */
public abstract class ClientResponseRelayContract {
    protected static final Duration DELIVERY = Duration.ofSeconds(5);

    /** The relay under test. */
    protected abstract ClientResponseRelay relay();

    private record Relayed(String sessionId, JsonRpcMessage response) {
    }

    private static void eventually(Runnable assertion) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    @Test
    void everySubscriber_receivesResultsAndErrors_withTheirSession() throws Exception {
        List<Relayed> first = new CopyOnWriteArrayList<>();
        List<Relayed> second = new CopyOnWriteArrayList<>();
        var result = new JsonRpcResult(RequestId.of("srv-1"), Json.parse("{\"action\":\"accept\",\"content\":{\"n\":1}}"));
        var error = new JsonRpcError(RequestId.of(42), new JsonRpcError.Detail(-1, "User rejected", Json.parse("{\"why\":\"no\"}")));
        try (var a = relay().subscribe((s, r) -> first.add(new Relayed(s, r)));
             var b = relay().subscribe((s, r) -> second.add(new Relayed(s, r)))) {
            relay().publish("session-a", result);
            relay().publish("session-b", error);
            List<Relayed> expected = List.of(new Relayed("session-a", result), new Relayed("session-b", error));
            eventually(() -> assertThat(first).containsExactlyElementsOf(expected));
            eventually(() -> assertThat(second).containsExactlyElementsOf(expected));
        }
    }

    @Test
    void closedSubscription_receivesNothingMore() throws Exception {
        List<Relayed> received = new CopyOnWriteArrayList<>();
        List<Relayed> witness = new CopyOnWriteArrayList<>();
        var response = new JsonRpcResult(RequestId.of(1), Json.object());
        try (var w = relay().subscribe((s, r) -> witness.add(new Relayed(s, r)))) {
            relay().subscribe((s, r) -> received.add(new Relayed(s, r))).close();
            relay().publish("s", response);
            eventually(() -> assertThat(witness).containsExactly(new Relayed("s", response)));
            assertThat(received).isEmpty();
        }
    }

    @Test
    void failingHandler_doesNotStopTheOthers() throws Exception {
        List<Relayed> received = new CopyOnWriteArrayList<>();
        var response = new JsonRpcResult(RequestId.of(2), Json.MAPPER.valueToTree(Map.of("roots", List.of())));
        try (var bad = relay().subscribe((s, r) -> {
            throw new IllegalStateException("handler bug");
        }); var good = relay().subscribe((s, r) -> received.add(new Relayed(s, r)))) {
            relay().publish("s", response);
            eventually(() -> assertThat(received).containsExactly(new Relayed("s", response)));
        }
    }
}
