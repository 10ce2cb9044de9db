package dev.mcphex.ports.spi;

import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.ConversationLog;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the server lends a {@link ToolPack} when it switches the pack on: its settings and the stores it
 * has configured. A pack asks for what it needs in {@link ToolPack#tools(PackEnvironment)} and keeps
 * working, with tool errors that say what is missing, when a store is not configured. Everything here
 * is a port, so a pack that uses it still depends on this module alone.
 */
public interface PackEnvironment {

    /**
     * A setting by name: an environment variable, or the configuration file key of the same name.
     *
     * @return the value, or empty when nothing sets it
     */
    Optional<String> setting(String name);

    /** The temporary key-value store shared by every instance, when the server keeps one. */
    Optional<ContextStore> contextStore();

    /** The durable conversation history, when a database is configured. */
    Optional<ConversationLog> conversationLog();

    /** The clock packs read the time from, so that tests can fix it. */
    Clock clock();

    /** No settings, no store, the system clock: what a pack sees through {@link ToolPack#tools()}. */
    static PackEnvironment none() {
        return of(name -> Optional.empty(), null, null, Clock.systemUTC());
    }

    /**
     * An environment over these parts.
     *
     * @param settings        looks a setting up by name
     * @param contextStore    the context store, or {@code null} for none
     * @param conversationLog the conversation log, or {@code null} for none
     * @param clock           the clock
     */
    static PackEnvironment of(Function<String, Optional<String>> settings, ContextStore contextStore,
                              ConversationLog conversationLog, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        return new PackEnvironment() {
            @Override
            public Optional<String> setting(String name) {
                return settings.apply(name);
            }

            @Override
            public Optional<ContextStore> contextStore() {
                return Optional.ofNullable(contextStore);
            }

            @Override
            public Optional<ConversationLog> conversationLog() {
                return Optional.ofNullable(conversationLog);
            }

            @Override
            public Clock clock() {
                return clock;
            }
        };
    }
}
