package dev.mcphex.domain.history;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HealthCheck;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a bounded buffer in front of a durable {@link ConversationLog}: {@link #append} never blocks and
 * never fails (the buffer takes no lock, so requests never wait for each other or for the writer), and
 * one background virtual thread writes the buffer to the store in batches: when fewer
 * than a batch are waiting, it lingers a moment for more, so a steady trickle of calls costs one write
 * per linger period rather than one per call. While the
 * store fails, the thread retries the same batch with exponential backoff; entries keep collecting in
 * the buffer, and once it is full new entries are dropped, counted and logged. {@link #close()} drains
 * what is buffered, retrying until the drain timeout.
 */
public final class BufferedConversationLog implements ConversationLog, HealthCheck, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BufferedConversationLog.class);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ConversationLog store;
    private final Settings settings;
    private final Queue<HistoryEntry> buffer = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failedWrites = new AtomicLong();
    private final Thread drainer;
    private volatile boolean failing;
    private volatile String lastFailure;
    private volatile boolean closing;

    /**
     * How the buffer behaves.
     *
     * @param capacity      entries the buffer holds before it drops new ones
     * @param batchSize     entries written in one call to the store
     * @param firstBackoff  the wait after the first failed write; it doubles with each further failure
     * @param maxBackoff    the longest wait between retries
     * @param drainTimeout  how long {@link #close()} keeps trying to write what is buffered
     * @param linger        how long the writer waits for a batch to fill before writing fewer entries
     */
    public record Settings(int capacity, int batchSize, Duration firstBackoff, Duration maxBackoff,
                           Duration drainTimeout, Duration linger) {
        public Settings {
            if (capacity < 1 || batchSize < 1) {
                throw new IllegalArgumentException("capacity and batchSize must be positive");
            }
            if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0 || drainTimeout.isNegative()
                    || linger.isNegative()) {
                throw new IllegalArgumentException(
                        "backoffs must be ordered, and no duration may be negative");
            }
        }

        /**
         * 50,000 entries (about two seconds of calls at 25,000 a second, some 40 MB at most), batches of
         * 500, backoff from 100 ms to 30 s, 10 s to drain, 20 ms linger.
         */
        public static Settings defaults() {
            return new Settings(50_000, 500, Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(10),
                    Duration.ofMillis(20));
        }
    }

    public BufferedConversationLog(ConversationLog store, Settings settings) {
        this.store = store;
        this.settings = settings;
        this.drainer = Thread.ofVirtual().name("mcphex-history-writer").start(this::drain);
    }

    /** Buffers the entry; drops and counts it when the buffer is full or the log is closed. */
    @Override
    public void append(HistoryEntry entry) {
        int buffered = closing ? Integer.MAX_VALUE : size.incrementAndGet();
        if (buffered > settings.capacity()) {
            if (buffered != Integer.MAX_VALUE) {
                size.decrementAndGet();
            }
            long count = dropped.incrementAndGet();
            if (count == 1 || count % 1_000 == 0) {
                LOG.warn("History buffer full or closed: {} entr{} dropped so far", count, count == 1 ? "y" : "ies");
            }
            return;
        }
        buffer.add(entry);
        if (buffered == 1) {
            LockSupport.unpark(drainer);
        }
    }

    /** Reads from the store; entries still in the buffer are not visible yet. */
    @Override
    public HistoryPage query(HistoryQuery query) {
        return store.query(query);
    }

    @Override
    public String component() {
        return "history";
    }

    @Override
    public Health check() {
        String counts = "buffered=" + size.get() + " written=" + written.get() + " dropped=" + dropped.get()
                + " failedWrites=" + failedWrites.get();
        if (failing) {
            return new Health(Health.Status.DEGRADED, "store failing (" + lastFailure + "); " + counts);
        }
        if (dropped.get() > 0) {
            return new Health(Health.Status.DEGRADED, "entries were dropped; " + counts);
        }
        return new Health(Health.Status.UP, counts);
    }

    /** Entries written to the store so far. */
    public long written() {
        return written.get();
    }

    /** Entries dropped so far because the buffer was full, the log closed, or the drain timed out. */
    public long dropped() {
        return dropped.get();
    }

    /** Entries waiting to be written. */
    public int buffered() {
        return size.get();
    }

    /** Stops accepting entries and writes what is buffered, giving up after the drain timeout. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        LockSupport.unpark(drainer);
        if (!drainer.join(settings.drainTimeout().plusSeconds(1))) {
            drainer.interrupt();
            drainer.join();
        }
        int late = size.getAndSet(0);
        if (late > 0) {
            buffer.clear();
            giveUp(late, "arrived while the log closed");
        }
    }

    private void drain() {
        List<HistoryEntry> batch = new ArrayList<>(settings.batchSize());
        try {
            while (!closing || size.get() > 0) {
                if (size.get() == 0) {
                    LockSupport.parkNanos(POLL_NANOS);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    continue;
                }
                if (!closing && size.get() < settings.batchSize() && settings.linger().isPositive()) {
                    Thread.sleep(settings.linger());
                }
                take(batch);
                writeWithRetries(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveUp(batch.size() + size.getAndSet(0), "interrupted while writing");
            buffer.clear();
        }
    }

    /** Moves up to a batch of entries from the buffer into {@code batch}. */
    private void take(List<HistoryEntry> batch) {
        for (HistoryEntry entry; batch.size() < settings.batchSize() && (entry = buffer.poll()) != null; ) {
            batch.add(entry);
        }
        size.addAndGet(-batch.size());
    }

    private void writeWithRetries(List<HistoryEntry> batch) throws InterruptedException {
        Duration backoff = settings.firstBackoff();
        long deadline = Long.MAX_VALUE;
        while (true) {
            try {
                store.appendAll(batch);
                written.addAndGet(batch.size());
                if (failing) {
                    LOG.info("History store recovered; {} entries written in all", written.get());
                    failing = false;
                }
                return;
            } catch (RuntimeException e) {
                failedWrites.incrementAndGet();
                lastFailure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (!failing) {
                    LOG.warn("History store failed; buffering and retrying: {}", lastFailure);
                    failing = true;
                } else {
                    LOG.debug("History store still failing", e);
                }
            }
            if (closing) {
                deadline = Math.min(deadline, System.nanoTime() + settings.drainTimeout().toNanos());
                if (System.nanoTime() >= deadline) {
                    giveUp(batch.size() + size.getAndSet(0), "store still failing at close");
                    buffer.clear();
                    return;
                }
            }
            Thread.sleep(backoff);
            backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
        }
    }

    private void giveUp(int count, String why) {
        dropped.addAndGet(count);
        LOG.error("History: {} entr{} lost ({})", count, count == 1 ? "y" : "ies", why);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
