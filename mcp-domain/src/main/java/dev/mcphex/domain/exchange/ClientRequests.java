package dev.mcphex.domain.exchange;

import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.RequestId;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-to-client requests awaiting the client's response, by session. A response is accepted only
 * from the session the request was sent to.
 */
public final class ClientRequests {
    /** Tells this engine's ids from other instances' ones, since responses may be relayed between them. */
    private final String instance = instanceTag();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Key, CompletableFuture<JsonRpcMessage>> pending = new ConcurrentHashMap<>();

    private record Key(String sessionId, RequestId id) {
    }

    /** A request sent to the client and the future of its response. */
    public record Pending(RequestId id, CompletableFuture<JsonRpcMessage> response) {
    }

    /** Registers a new outgoing request id for {@code sessionId}. */
    public Pending register(String sessionId) {
        RequestId id = RequestId.of("mcphex-" + instance + "-" + ids.incrementAndGet());
        var future = new CompletableFuture<JsonRpcMessage>();
        Key key = new Key(sessionId, id);
        pending.put(key, future);
        future.whenComplete((r, e) -> pending.remove(key));
        return new Pending(id, future);
    }

    /**
     * Delivers a client response.
     *
     * @return {@code false} when no request of that session waits for this id
     */
    public boolean complete(String sessionId, RequestId id, JsonRpcMessage response) {
        var future = pending.get(new Key(sessionId, id));
        return future != null && future.complete(response);
    }

    private static String instanceTag() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Fails every request still pending for the session (it ended). */
    public void abandon(String sessionId) {
        pending.forEach((key, future) -> {
            if (key.sessionId().equals(sessionId)) {
                future.cancel(false);
            }
        });
    }

    /** How many requests wait for an answer. */
    public int size() {
        return pending.size();
    }
}
