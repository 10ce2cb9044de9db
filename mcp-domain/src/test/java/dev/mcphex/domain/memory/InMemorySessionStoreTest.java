package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driven.SessionStoreContract;
import java.time.Duration;

class InMemorySessionStoreTest extends SessionStoreContract {
    private final MutableClock clock = new MutableClock();
    private final SessionStore store = new InMemorySessionStore(clock, Duration.ofMillis(IDLE_TIMEOUT_MILLIS));

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void passTime(long millis) {
        clock.advance(millis);
    }
}
