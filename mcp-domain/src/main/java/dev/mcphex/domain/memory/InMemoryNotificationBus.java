package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers events to the listeners of this process, synchronously, in subscription order. */
public final class InMemoryNotificationBus implements NotificationBus {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryNotificationBus.class);

    private final List<Consumer<ServerEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ServerEvent event) {
        for (Consumer<ServerEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on {}", event, e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<ServerEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
