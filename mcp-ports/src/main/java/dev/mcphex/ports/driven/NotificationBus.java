package dev.mcphex.ports.driven;

import java.util.function.Consumer;

/**
 * Carries {@link ServerEvent}s to every listener, on this instance and, in shared implementations,
 * on every instance behind the same load balancer.
 */
public interface NotificationBus {

    /** Delivers an event to every current subscriber, asynchronously where the implementation is remote. */
    void publish(ServerEvent event);

    /**
     * Registers a listener; it must be quick and must not throw.
     *
     * @return closing it unregisters the listener
     */
    AutoCloseable subscribe(Consumer<ServerEvent> listener);
}
