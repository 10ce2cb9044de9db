package dev.mcphex.ports.driven;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the events sent on legacy-era SSE streams, so that a client that lost its connection can
 * resume with {@code Last-Event-ID} and receive what it missed, on any instance. Streams are capped
 * and expire.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#resumability-and-redelivery">Resumability</a>
 */
public interface EventLog {
    /** How often the default {@link #awaitAfter} looks again. */
    Duration POLL_INTERVAL = Duration.ofMillis(50);

    /**
     * Opens a stream owned by a session.
     *
     * @return the stream's id, unique and without {@code ':'}
     */
    String open(String sessionId);

    /**
     * Appends an event to a stream.
     *
     * @param data one line of JSON
     * @return the event's id, which names its stream and orders it within the stream
     */
    String append(String streamId, String data);

    /**
     * The events of the stream that {@code lastEventId} belongs to, after that event, oldest first;
     * {@code <streamId>:0}, the id of a stream's priming event, replays the whole stream.
     *
     * @return empty when the id is malformed, unknown, expired, or belongs to another session
     */
    Optional<Replay> after(String sessionId, String lastEventId);

    /**
     * Like {@link #after}, but waits up to {@code wait} while nothing follows {@code lastEventId} and the
     * stream is not complete, returning as soon as an event is appended or the stream completes. A
     * reader follows a stream that another instance is still writing by calling this in a loop, each
     * time with the last event it received, until the replay is complete (or its client leaves).
     * <p>
     * This default polls {@link #after}; implementations that can be woken by a write should.
     *
     * @return empty when the id is malformed, unknown, expired, or belongs to another session; a
     *         replay without events when the wait ended with nothing new
     */
    default Optional<Replay> awaitAfter(String sessionId, String lastEventId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Replay> replay = after(sessionId, lastEventId);
            long left = deadline - System.nanoTime();
            if (replay.isEmpty() || !replay.get().events().isEmpty() || replay.get().complete() || left <= 0) {
                return replay;
            }
            try {
                Thread.sleep(Duration.ofNanos(Math.min(left, POLL_INTERVAL.toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return replay;
            }
        }
    }

    /** Marks a stream complete: nothing more will be appended; it stays replayable until it expires. */
    void complete(String streamId);

    /**
     * What a resuming client receives.
     *
     * @param streamId the stream the events belong to
     * @param events   the events after the given one
     * @param complete whether the stream has ended
     */
    record Replay(String streamId, List<StoredEvent> events, boolean complete) {
        public Replay {
            events = List.copyOf(events);
        }
    }

    /**
     * One event.
     *
     * @param id   its id
     * @param data its JSON
     */
    record StoredEvent(String id, String data) {
    }
}
