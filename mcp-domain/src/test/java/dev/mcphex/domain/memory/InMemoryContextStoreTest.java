package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.ContextStoreContract;
import dev.mcphex.ports.driven.TestClock;
import java.time.Instant;

class InMemoryContextStoreTest extends ContextStoreContract {
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ContextStore store = new InMemoryContextStore(clock);

    @Override
    protected ContextStore store() {
        return store;
    }

    @Override
    protected void passTime(long millis) {
        clock.advance(millis);
    }
}
