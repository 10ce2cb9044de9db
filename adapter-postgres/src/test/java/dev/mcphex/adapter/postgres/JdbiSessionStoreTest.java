package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driven.SessionStoreContract;
import dev.mcphex.ports.driven.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;

class JdbiSessionStoreTest extends SessionStoreContract {
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final PostgresDatabase database = TestDatabase.fresh();
    private final SessionStore store = new JdbiSessionStore(database, clock, Duration.ofMillis(IDLE_TIMEOUT_MILLIS));

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void passTime(long millis) {
        clock.advance(millis);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
