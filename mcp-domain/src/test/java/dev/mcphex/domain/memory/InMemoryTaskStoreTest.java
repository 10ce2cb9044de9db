package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.TaskStoreContract;
import java.time.Instant;

class InMemoryTaskStoreTest extends TaskStoreContract {
    private final MutableClock clock = new MutableClock();
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
