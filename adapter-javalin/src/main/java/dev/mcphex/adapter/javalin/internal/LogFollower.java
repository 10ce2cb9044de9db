package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.jsonrpc.Json;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Serves a resuming client from the {@link EventLog} alone, for a stream this instance does not hold:
 * writes what was logged after the client's last event, then follows the stream while another
 * instance is still writing it, until the stream completes or the client leaves.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#resumability-and-redelivery">Resumability</a>
 */
public final class LogFollower {
    private static final Logger LOG = LoggerFactory.getLogger(LogFollower.class);
    /** The longest wait for the log between two looks at whether the client is still there. */
    private static final Duration WAIT = Duration.ofSeconds(1);

    private LogFollower() {
    }

    /**
     * Writes {@code first} to {@code sse}, then every later event of its stream as it is logged.
     *
     * @param lastEventId the event {@code first} follows
     * @param clientGone  whether the client has left
     * @return whether the client's request is served: the stream was complete when asked, ended with a
     *         response, or the client left; {@code false} when it was a standalone stream whose writer
     *         stopped, which the caller may carry on itself
     */
    public static boolean follow(EventLog log, String sessionId, String lastEventId, EventLog.Replay first,
                                 SseStream sse, BooleanSupplier clientGone) {
        // Sends the headers now: the stream may stay quiet until the other instance writes again.
        sse.comment("resumed");
        EventLog.Replay replay = first;
        String last = lastEventId;
        String lastData = null;
        while (true) {
            for (EventLog.StoredEvent event : replay.events()) {
                sse.event(event.id(), event.data());
                last = event.id();
                lastData = event.data();
            }
            if (replay.complete()) {
                return first.complete() || lastData != null && isResponse(lastData);
            }
            if (clientGone.getAsBoolean() || !sse.isOpen()) {
                return true;
            }
            Optional<EventLog.Replay> next;
            try {
                next = log.awaitAfter(sessionId, last, WAIT);
            } catch (StoreUnavailableException e) {
                LOG.warn("Stopped following a resumed stream: {}", e.getMessage());
                return true;
            }
            if (next.isEmpty()) {
                return true;
            }
            replay = next.get();
        }
    }

    /** Whether a logged event is a JSON-RPC response, the last event of a request's stream. */
    private static boolean isResponse(String data) {
        try {
            JsonNode message = Json.parse(data);
            return message.has("id") && !message.has("method");
        } catch (JacksonException e) {
            LOG.debug("A logged event is not JSON", e);
            return false;
        }
    }
}
