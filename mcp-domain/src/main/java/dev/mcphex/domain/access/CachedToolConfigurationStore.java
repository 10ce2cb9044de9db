package dev.mcphex.domain.access;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link ToolConfigurationStore} read through a snapshot, so that a {@code tools/call}, which
 * consults the configuration every time, costs no database round trip. The snapshot is read again
 * after a change saved through this store, when a {@link ServerEvent.ToolsChanged} arrives on the bus
 * (whoever saves a change publishes one, on every instance), and at the latest when it is
 * {@code maxAge} old, so a change that reaches no bus (written by a process without Redis) applies
 * within that time. One caller reads the store while the others go on with the previous snapshot; if the
 * store cannot be read, the previous snapshot stays in use (with a warning) for another
 * {@code maxAge}. Only the first read, with no snapshot yet, waits for the store and fails with it.
 */
public final class CachedToolConfigurationStore implements ToolConfigurationStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CachedToolConfigurationStore.class);

    private final ToolConfigurationStore store;
    private final Clock clock;
    private final long maxAgeMillis;
    private final ReentrantLock reading = new ReentrantLock();
    private final AutoCloseable subscription;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, ToolConfiguration> byTool, long readAtMillis, long generation) {
    }

    public CachedToolConfigurationStore(ToolConfigurationStore store, NotificationBus bus, Clock clock,
                                        Duration maxAge) {
        this.store = store;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
        this.subscription = bus.subscribe(event -> {
            if (event instanceof ServerEvent.ToolsChanged) {
                invalidate();
            }
        });
    }

    @Override
    public Optional<ToolConfiguration> find(String tool) {
        return Optional.ofNullable(current().byTool().get(tool));
    }

    @Override
    public List<ToolConfiguration> all() {
        return List.copyOf(current().byTool().values());
    }

    @Override
    public void save(ToolConfiguration configuration) {
        store.save(configuration);
        invalidate();
    }

    @Override
    public boolean delete(String tool) {
        boolean deleted = store.delete(tool);
        invalidate();
        return deleted;
    }

    private void invalidate() {
        generation.incrementAndGet();
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null) {
            reading.lock();
        } else if (fresh(now) || !reading.tryLock()) {
            return now;
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && fresh(latest)) {
                return latest;
            }
            return read(latest);
        } finally {
            reading.unlock();
        }
    }

    private boolean fresh(Snapshot snapshot) {
        return snapshot.generation() == generation.get() && clock.millis() - snapshot.readAtMillis() < maxAgeMillis;
    }

    /**
     * Reads the store, holding the lock. The generation is taken first: a change announced while the
     * store is being read leaves this snapshot stale, so the next call reads again.
     */
    private Snapshot read(Snapshot previous) {
        long readGeneration = generation.get();
        long readAt = clock.millis();
        Map<String, ToolConfiguration> byTool = new LinkedHashMap<>();
        try {
            store.all().forEach(configuration -> byTool.put(configuration.tool(), configuration));
        } catch (RuntimeException e) {
            if (previous == null) {
                throw e;
            }
            LOG.warn("The tool configuration could not be read; the last one read stays in use", e);
            Snapshot kept = new Snapshot(previous.byTool(), readAt, readGeneration);
            snapshot = kept;
            return kept;
        }
        Snapshot read = new Snapshot(Collections.unmodifiableMap(byTool), readAt, readGeneration);
        snapshot = read;
        return read;
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
