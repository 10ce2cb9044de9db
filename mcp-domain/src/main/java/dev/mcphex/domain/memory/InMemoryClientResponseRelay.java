package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays client responses between the engines of this process, synchronously, in subscription order:
 * the default for a single instance, where it finds no other taker.
 */
public final class InMemoryClientResponseRelay implements ClientResponseRelay {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryClientResponseRelay.class);

    private final List<BiConsumer<String, JsonRpcMessage>> handlers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String sessionId, JsonRpcMessage response) {
        for (BiConsumer<String, JsonRpcMessage> handler : handlers) {
            try {
                handler.accept(sessionId, response);
            } catch (RuntimeException e) {
                LOG.warn("A relay handler failed on a response of session {}", sessionId, e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(BiConsumer<String, JsonRpcMessage> handler) {
        handlers.add(handler);
        return () -> handlers.remove(handler);
    }
}
