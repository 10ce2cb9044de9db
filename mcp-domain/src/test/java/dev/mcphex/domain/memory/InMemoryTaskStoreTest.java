package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.TaskStoreContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryTaskStoreTest extends TaskStoreContract {
    private final AtomicLong now = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
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
        now.addAndGet(millis);
    }
}
