package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.TestClock;

import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.TaskStoreContract;
import java.time.Instant;

class InMemoryTaskStoreTest extends TaskStoreContract {
    private final TestClock clock = new TestClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    private final TaskStore store = new InMemoryTaskStore(clock);

    @Override
    protected TaskStore store() {
        return store;
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Override
    protected void passTime(long millis) {
        clock.advance(millis);
    }
}
