package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driven.SessionStoreContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;

class JdbiSessionStoreTest extends SessionStoreContract {
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
    private final PostgresDatabase database = TestDatabase.fresh();
    private final SessionStore store = new JdbiSessionStore(database, clock, Duration.ofMillis(IDLE_TIMEOUT_MILLIS));

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void passTime(long millis) {
        now.addAndGet(millis);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
