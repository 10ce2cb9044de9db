package dev.mcphex.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.history.BufferedConversationLog.Settings;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.protocol.Era;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class BufferedConversationLogTest {
    private static final Settings FAST = new Settings(100, 10, Duration.ofMillis(1), Duration.ofMillis(20),
            Duration.ofSeconds(5), Duration.ZERO);

    private static HistoryEntry entry() {
        return new HistoryEntry(UUID.randomUUID().toString(), Instant.now(), "alice", Era.LEGACY, "s", "ping",
                null, null, "empty result", Duration.ofMillis(1), HistoryEntry.Status.OK, null, null);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void appendedEntries_reachTheStoreInTheBackground() throws Exception {
        var store = new FlakyConversationLog();
        try (var log = new BufferedConversationLog(store, FAST)) {
            for (int i = 0; i < 25; i++) {
                log.append(entry());
            }
            await(() -> store.size() == 25);
            assertThat(log.written()).isEqualTo(25);
            assertThat(log.check().status()).isEqualTo(Health.Status.UP);
        }
    }

    @Test
    void entriesAreWrittenInBatches() throws Exception {
        var store = new FlakyConversationLog().failing(1);
        try (var log = new BufferedConversationLog(store, FAST)) {
            for (int i = 0; i < 30; i++) {
                log.append(entry());
            }
            await(() -> store.size() == 30);
        }
        assertThat(store.calls.get()).isLessThan(30);
    }

    @Test
    void entriesArrivingOneByOne_waitTheLingerAndShareOneWrite() throws Exception {
        var store = new FlakyConversationLog();
        var lingering = new Settings(100, 50, Duration.ofMillis(1), Duration.ofMillis(20), Duration.ofSeconds(5),
                Duration.ofMillis(500));
        try (var log = new BufferedConversationLog(store, lingering)) {
            for (int i = 0; i < 10; i++) {
                log.append(entry());
                Thread.sleep(5);
            }
            await(() -> store.size() == 10);
        }
        assertThat(store.calls.get()).isEqualTo(1);
    }

    @Test
    void storeOutage_isRetriedUntilEveryEntryIsWritten() throws Exception {
        var store = new FlakyConversationLog().failing(5);
        try (var log = new BufferedConversationLog(store, FAST)) {
            for (int i = 0; i < 40; i++) {
                log.append(entry());
            }
            await(() -> store.size() == 40);
            assertThat(log.dropped()).isZero();
            assertThat(log.check().status()).isEqualTo(Health.Status.UP);
            assertThat(log.check().detail()).contains("failedWrites=5");
        }
        assertThat(store.calls.get()).isGreaterThan(5);
    }

    @Test
    void whileTheStoreFails_healthIsDegradedWithTheCounts() throws Exception {
        var store = new FlakyConversationLog().failing(Integer.MAX_VALUE);
        var log = new BufferedConversationLog(store, new Settings(100, 10, Duration.ofMillis(1),
                Duration.ofMillis(5), Duration.ZERO, Duration.ZERO));
        log.append(entry());
        await(() -> log.check().status() == Health.Status.DEGRADED);
        assertThat(log.check().detail()).contains("store unreachable").contains("written=0");
        log.close();
        assertThat(log.dropped()).isEqualTo(1);
    }

    @Test
    void fullBuffer_dropsAndCountsNewEntriesAndDegradesHealth() throws Exception {
        var store = new FlakyConversationLog().failing(Integer.MAX_VALUE);
        var log = new BufferedConversationLog(store, new Settings(5, 1, Duration.ofMillis(50),
                Duration.ofMillis(50), Duration.ZERO, Duration.ZERO));
        for (int i = 0; i < 20; i++) {
            log.append(entry());
        }
        assertThat(log.dropped()).isGreaterThanOrEqualTo(14);
        assertThat(log.check().status()).isEqualTo(Health.Status.DEGRADED);
        assertThat(log.check().detail()).contains("dropped=");
        log.close();
    }

    @Test
    void close_drainsWhatIsBuffered() throws Exception {
        var store = new FlakyConversationLog().failing(3);
        var log = new BufferedConversationLog(store, FAST);
        for (int i = 0; i < 50; i++) {
            log.append(entry());
        }
        log.close();
        assertThat(store.size()).isEqualTo(50);
        assertThat(log.buffered()).isZero();
    }

    @Test
    void afterClose_newEntriesAreCountedAsDropped() throws Exception {
        var log = new BufferedConversationLog(new FlakyConversationLog(), FAST);
        log.close();
        log.append(entry());
        assertThat(log.dropped()).isEqualTo(1);
    }

    @Test
    void entriesAppendedFromManyThreadsAtOnce_areEachWrittenOnce() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        AtomicInteger writes = new AtomicInteger();
        ConversationLog counting = new ConversationLog() {
            @Override
            public void append(HistoryEntry entry) {
                appendAll(List.of(entry));
            }

            @Override
            public void appendAll(List<HistoryEntry> entries) {
                entries.forEach(entry -> ids.add(entry.id()));
                writes.addAndGet(entries.size());
            }

            @Override
            public HistoryPage query(HistoryQuery query) {
                throw new UnsupportedOperationException();
            }
        };
        var log = new BufferedConversationLog(counting, new Settings(100_000, 50, Duration.ofMillis(1),
                Duration.ofMillis(20), Duration.ofSeconds(5), Duration.ofMillis(1)));
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        log.append(entry());
                    }
                });
            }
        }
        log.close();
        assertThat(writes.get()).isEqualTo(16_000);
        assertThat(ids).hasSize(16_000);
        assertThat(log.dropped()).isZero();
        assertThat(log.buffered()).isZero();
    }
}
