package dev.mcphex.ports.driven;

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
