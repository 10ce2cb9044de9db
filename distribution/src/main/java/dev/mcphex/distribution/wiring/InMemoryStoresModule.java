package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.domain.memory.InMemoryClientResponseRelay;
import dev.mcphex.domain.memory.InMemoryContextStore;
import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.domain.memory.InMemoryNotificationBus;
import dev.mcphex.domain.memory.InMemoryRateLimiter;
import dev.mcphex.domain.memory.InMemorySessionStore;
import dev.mcphex.distribution.config.SessionConfig;
import java.time.Clock;
import java.util.List;

/** State in this process's memory: one instance, nothing else needed. */
final class InMemoryStoresModule extends AbstractModule {

    @Provides
    @Singleton
    Stores stores(SessionConfig sessions) {
        Clock clock = Clock.systemUTC();
        return new Stores(new InMemorySessionStore(clock, sessions.idleTimeout()),
                new InMemoryEventLog(clock, Stores.EVENT_TTL, Stores.EVENTS_PER_STREAM), new InMemoryNotificationBus(),
                new InMemoryContextStore(clock), new InMemoryClientResponseRelay(), new InMemoryRateLimiter(),
                List.of());
    }
}
