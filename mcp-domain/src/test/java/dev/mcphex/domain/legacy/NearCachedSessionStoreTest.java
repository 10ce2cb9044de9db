package dev.mcphex.domain.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.domain.memory.InMemorySessionStore;
import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driven.SessionStoreContract;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.protocol.LogLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NearCachedSessionStoreTest {
    private static final Duration PERIOD = Duration.ofSeconds(1);

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final CountingStore shared = new CountingStore(
            new InMemorySessionStore(clock, Duration.ofMillis(Contract.IDLE_MILLIS)));
    private final NearCachedSessionStore cached = new NearCachedSessionStore(shared, clock, PERIOD);

    @Nested
    class Contract extends SessionStoreContract {
        static final long IDLE_MILLIS = IDLE_TIMEOUT_MILLIS;

        static SessionRecord newSession() {
            return session();
        }

        @Override
        protected SessionStore store() {
            return cached;
        }

        @Override
        protected void passTime(long millis) {
            clock.advance(millis);
        }
    }

    private static SessionRecord session() {
        return Contract.newSession();
    }

    @Test
    void findsWithinThePeriod_readTheSharedStoreOnce() {
        SessionRecord session = session();
        shared.save(session);
        for (int i = 0; i < 50; i++) {
            assertThat(cached.find(session.id())).contains(session);
            clock.advance(10);
        }
        assertThat(shared.finds.get()).isEqualTo(1);
    }

    @Test
    void aSessionDeletedThroughAnotherInstance_isGoneOnceThePeriodIsOver() {
        SessionRecord session = session();
        cached.save(session);
        shared.delete(session.id());

        assertThat(cached.find(session.id())).contains(session);
        clock.advance(PERIOD.toMillis());
        assertThat(cached.find(session.id())).isEmpty();
    }

    @Test
    void aChangeSavedThroughAnotherInstance_isSeenOnceThePeriodIsOver() {
        SessionRecord session = session();
        cached.save(session);
        SessionRecord changed = session.withLogLevel(LogLevel.ERROR);
        shared.save(changed);

        assertThat(cached.find(session.id())).contains(session);
        clock.advance(PERIOD.toMillis());
        assertThat(cached.find(session.id())).contains(changed);
    }

    @Test
    void readingAgain_slidesTheSharedExpiry() {
        SessionRecord session = session();
        cached.save(session);
        for (int i = 0; i < 3; i++) {
            clock.advance(Contract.IDLE_MILLIS * 2 / 3);
            assertThat(cached.find(session.id())).isPresent();
        }
        assertThat(shared.find(session.id())).as("still live in the shared store").isPresent();
    }

    @Test
    void aSharedStoreThatStopsAnswering_failsReadsOnceThePeriodIsOver() {
        SessionRecord session = session();
        cached.save(session);
        shared.failing.set(true);

        assertThat(cached.find(session.id())).contains(session);
        clock.advance(PERIOD.toMillis());
        assertThatThrownBy(() -> cached.find(session.id())).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void copiesNotReadForThePeriod_areDropped() {
        SessionRecord first = session();
        SessionRecord second = session();
        cached.save(first);
        cached.save(second);
        assertThat(cached.copies()).isEqualTo(2);

        clock.advance(PERIOD.toMillis());
        assertThat(cached.find(first.id())).isPresent();

        assertThat(cached.copies()).isEqualTo(1);
    }

    @Test
    void aZeroPeriod_readsTheSharedStoreEveryTime() {
        var uncached = new NearCachedSessionStore(shared, clock, Duration.ZERO);
        SessionRecord session = session();
        uncached.save(session);
        uncached.find(session.id());
        uncached.find(session.id());
        assertThat(shared.finds.get()).isEqualTo(2);
    }

    /** Counts reads of the shared store and fails them on demand. */
    private static final class CountingStore implements SessionStore {
        private final SessionStore store;
        private final AtomicInteger finds = new AtomicInteger();
        private final AtomicBoolean failing = new AtomicBoolean();

        CountingStore(SessionStore store) {
            this.store = store;
        }

        @Override
        public void save(SessionRecord session) {
            store.save(session);
        }

        @Override
        public Optional<SessionRecord> find(String id) {
            finds.incrementAndGet();
            if (failing.get()) {
                throw new StoreUnavailableException("the shared store is down", null);
            }
            return store.find(id);
        }

        @Override
        public boolean delete(String id) {
            return store.delete(id);
        }

        @Override
        public long count() {
            return store.count();
        }
    }
}
