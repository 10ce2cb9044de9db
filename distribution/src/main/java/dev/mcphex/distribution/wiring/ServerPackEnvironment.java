package dev.mcphex.distribution.wiring;

import com.google.inject.Provider;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.spi.PackEnvironment;
import java.time.Clock;
import java.util.Optional;

/**
 * What this server lends tool packs: its configuration, the context store of {@link Stores}, and the
 * conversation log when PostgreSQL is configured. Stores are looked up when a pack first asks, so
 * switching a pack on builds nothing until one of its tools is called.
 */
final class ServerPackEnvironment implements PackEnvironment {
    private final Environment environment;
    private final Provider<ContextStore> contextStore;
    private final Optional<Provider<ConversationLog>> conversationLog;
    private final Clock clock;

    ServerPackEnvironment(Environment environment, Provider<ContextStore> contextStore,
                          Optional<Provider<ConversationLog>> conversationLog, Clock clock) {
        this.environment = environment;
        this.contextStore = contextStore;
        this.conversationLog = conversationLog;
        this.clock = clock;
    }

    @Override
    public Optional<String> setting(String name) {
        return environment.get(name);
    }

    @Override
    public Optional<ContextStore> contextStore() {
        return Optional.of(contextStore.get());
    }

    @Override
    public Optional<ConversationLog> conversationLog() {
        return conversationLog.map(Provider::get);
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
