package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.EventLog;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stream events in this process's memory: at most {@code maxEventsPerStream} per stream (the oldest
 * drop out), each stream forgotten {@code ttl} after its last event.
 * Readers that follow a stream ({@link #awaitAfter}) wait on its condition, signalled by every append
 * and by completion.
 */
public final class InMemoryEventLog implements EventLog {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Expired streams are swept out at most this often: sweeping reads every stream. */
    private static final long SWEEP_INTERVAL_MILLIS = 1_000;

    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final int maxEventsPerStream;
    private final AtomicLong nextSweepAt = new AtomicLong(Long.MIN_VALUE);

    private static final class Stream {
        final String sessionId;
        final List<StoredEvent> events = new ArrayList<>();
        final ReentrantLock lock = new ReentrantLock();
        /** Signalled on every append and on completion, for readers that follow the stream. */
        final Condition changed = lock.newCondition();
        long nextSequence = 1;
        long dropped;
        boolean complete;
        long touchedAt;

        Stream(String sessionId, long now) {
            this.sessionId = sessionId;
            this.touchedAt = now;
        }
    }

    public InMemoryEventLog(Clock clock, Duration ttl, int maxEventsPerStream) {
        if (maxEventsPerStream < 1) {
            throw new IllegalArgumentException("maxEventsPerStream must be positive");
        }
        this.clock = clock;
        this.ttl = ttl;
        this.maxEventsPerStream = maxEventsPerStream;
    }

    @Override
    public String open(String sessionId) {
        evictExpired();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        streams.put(id, new Stream(sessionId, clock.millis()));
        return id;
    }

    @Override
    public String append(String streamId, String data) {
        Stream stream = streams.get(streamId);
        if (stream == null) {
            throw new IllegalArgumentException("unknown or expired stream: " + streamId);
        }
        stream.lock.lock();
        try {
            String id = streamId + ":" + stream.nextSequence++;
            stream.events.add(new StoredEvent(id, data));
            if (stream.events.size() > maxEventsPerStream) {
                stream.events.removeFirst();
                stream.dropped++;
            }
            stream.touchedAt = clock.millis();
            stream.changed.signalAll();
            return id;
        } finally {
            stream.lock.unlock();
        }
    }

    @Override
    public Optional<Replay> after(String sessionId, String lastEventId) {
        return awaitAfter(sessionId, lastEventId, Duration.ZERO);
    }

    @Override
    public Optional<Replay> awaitAfter(String sessionId, String lastEventId, Duration wait) {
        int colon = lastEventId == null ? -1 : lastEventId.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        long sequence;
        try {
            sequence = Long.parseLong(lastEventId.substring(colon + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String streamId = lastEventId.substring(0, colon);
        Stream stream = streams.get(streamId);
        if (stream == null || !stream.sessionId.equals(sessionId) || expired(stream)) {
            return Optional.empty();
        }
        stream.lock.lock();
        try {
            long left = wait.toNanos();
            List<StoredEvent> later = eventsAfter(stream, sequence);
            while (later.isEmpty() && !stream.complete && left > 0) {
                left = stream.changed.awaitNanos(left);
                later = eventsAfter(stream, sequence);
            }
            return Optional.of(new Replay(streamId, later, stream.complete));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Replay(streamId, eventsAfter(stream, sequence), stream.complete));
        } finally {
            stream.lock.unlock();
        }
    }

    private static List<StoredEvent> eventsAfter(Stream stream, long sequence) {
        return stream.events.stream().filter(e -> sequenceOf(e.id()) > sequence).toList();
    }

    @Override
    public void complete(String streamId) {
        Stream stream = streams.get(streamId);
        if (stream != null) {
            stream.lock.lock();
            try {
                stream.complete = true;
                stream.touchedAt = clock.millis();
                stream.changed.signalAll();
            } finally {
                stream.lock.unlock();
            }
        }
    }

    private static long sequenceOf(String eventId) {
        return Long.parseLong(eventId.substring(eventId.lastIndexOf(':') + 1));
    }

    private boolean expired(Stream stream) {
        return clock.millis() - stream.touchedAt > ttl.toMillis();
    }

    /**
     * Forgets expired streams, at most once per {@link #SWEEP_INTERVAL_MILLIS}: a sweep on every
     * {@link #open} made each legacy request read every stream of the last {@code ttl}. Reads check
     * expiry themselves, so a stream kept until the next sweep is never replayed.
     */
    private void evictExpired() {
        long now = clock.millis();
        long due = nextSweepAt.get();
        if (now < due || !nextSweepAt.compareAndSet(due, now + SWEEP_INTERVAL_MILLIS)) {
            return;
        }
        streams.values().removeIf(this::expired);
    }
}
