package dev.mcphex.domain.legacy;

import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.spi.Cancellation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests being handled, by scope (a session id, or the caller in the modern era) and id, so that
 * {@code notifications/cancelled} can reach them.
 */
public final class InFlightRequests {
    private record Key(String scope, RequestId id) {
    }

    private final Map<Key, Cancellation> running = new ConcurrentHashMap<>();

    /** Registers a request; closing the handle unregisters it. */
    public AutoCloseable register(String scope, RequestId id, Cancellation cancellation) {
        Key key = new Key(scope, id);
        running.put(key, cancellation);
        return () -> running.remove(key, cancellation);
    }

    /** Cancels one request; {@code false} if it is not running (already done, or unknown). */
    public boolean cancel(String scope, RequestId id, String reason) {
        Cancellation cancellation = running.get(new Key(scope, id));
        if (cancellation == null) {
            return false;
        }
        cancellation.cancel(reason);
        return true;
    }

    /** Cancels every request of a scope. */
    public void cancelAll(String scope, String reason) {
        running.forEach((key, cancellation) -> {
            if (key.scope().equals(scope)) {
                cancellation.cancel(reason);
            }
        });
    }

    public int size() {
        return running.size();
    }
}
