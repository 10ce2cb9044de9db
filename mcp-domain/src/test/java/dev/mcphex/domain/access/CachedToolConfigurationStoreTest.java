package dev.mcphex.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.domain.memory.InMemoryNotificationBus;
import dev.mcphex.domain.memory.InMemoryToolConfigurationStore;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.driven.ToolConfigurationStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CachedToolConfigurationStoreTest {
    private static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final InMemoryNotificationBus bus = new InMemoryNotificationBus();
    private final CountingStore underlying = new CountingStore(new InMemoryToolConfigurationStore());
    private final CachedToolConfigurationStore cached = new CachedToolConfigurationStore(underlying, bus, clock, MAX_AGE);

    @Nested
    class Contract extends ToolConfigurationStoreContract {
        @Override
        protected ToolConfigurationStore store() {
            return cached;
        }
    }

    private static ToolConfiguration disabled(String tool) {
        return new ToolConfiguration(tool, false, Set.of(), null, null, Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void repeatedReads_readTheStoreOnce() {
        underlying.save(disabled("echo"));
        for (int i = 0; i < 100; i++) {
            assertThat(cached.find("echo")).isPresent();
            assertThat(cached.find("other")).isEmpty();
        }
        assertThat(underlying.reads.get()).isEqualTo(1);
    }

    @Test
    void aChangeSavedElsewhere_isSeenOnceTheBusAnnouncesIt() {
        assertThat(cached.find("echo")).isEmpty();
        underlying.save(disabled("echo"));
        assertThat(cached.find("echo")).isEmpty();

        bus.publish(new ServerEvent.ToolsChanged());

        assertThat(cached.find("echo")).contains(disabled("echo"));
    }

    @Test
    void aChangeNoBusAnnounces_isSeenOnceTheSnapshotIsMaxAgeOld() {
        assertThat(cached.all()).isEmpty();
        underlying.save(disabled("echo"));

        clock.advance(MAX_AGE.toMillis() - 1);
        assertThat(cached.find("echo")).isEmpty();
        clock.advance(1);
        assertThat(cached.find("echo")).contains(disabled("echo"));
    }

    @Test
    void aChangeSavedThroughTheCache_isSeenAtOnce() {
        assertThat(cached.find("echo")).isEmpty();
        cached.save(disabled("echo"));
        assertThat(cached.find("echo")).contains(disabled("echo"));
        assertThat(cached.delete("echo")).isTrue();
        assertThat(cached.find("echo")).isEmpty();
    }

    @Test
    void aStoreThatCannotBeRead_leavesTheLastSnapshotInUse_untilItCanAgain() {
        underlying.save(disabled("echo"));
        assertThat(cached.find("echo")).isPresent();
        underlying.failing.set(true);
        clock.advance(MAX_AGE.toMillis());

        assertThat(cached.find("echo")).contains(disabled("echo"));
        int readsDuringOutage = underlying.reads.get();
        assertThat(cached.find("echo")).contains(disabled("echo"));
        assertThat(underlying.reads.get()).as("no new attempt before maxAge").isEqualTo(readsDuringOutage);

        underlying.failing.set(false);
        underlying.delete("echo");
        clock.advance(MAX_AGE.toMillis());
        assertThat(cached.find("echo")).isEmpty();
    }

    @Test
    void withoutASnapshot_aStoreThatCannotBeRead_failsTheRead() {
        underlying.failing.set(true);
        assertThatThrownBy(() -> cached.find("echo")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closing_stopsListeningToTheBus() throws Exception {
        assertThat(cached.find("echo")).isEmpty();
        underlying.save(disabled("echo"));
        cached.close();
        bus.publish(new ServerEvent.ToolsChanged());
        assertThat(cached.find("echo")).isEmpty();
    }

    /** The in-memory store, counting reads of the whole configuration and failing them on demand. */
    private static final class CountingStore implements ToolConfigurationStore {
        private final ToolConfigurationStore store;
        private final AtomicInteger reads = new AtomicInteger();
        private final AtomicBoolean failing = new AtomicBoolean();

        CountingStore(ToolConfigurationStore store) {
            this.store = store;
        }

        @Override
        public Optional<ToolConfiguration> find(String tool) {
            return all().stream().filter(c -> c.tool().equals(tool)).findFirst();
        }

        @Override
        public List<ToolConfiguration> all() {
            reads.incrementAndGet();
            if (failing.get()) {
                throw new IllegalStateException("the store is down");
            }
            return store.all();
        }

        @Override
        public void save(ToolConfiguration configuration) {
            store.save(configuration);
        }

        @Override
        public boolean delete(String tool) {
            return store.delete(tool);
        }
    }
}
