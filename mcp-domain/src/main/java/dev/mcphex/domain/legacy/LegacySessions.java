package dev.mcphex.domain.legacy;

import dev.mcphex.domain.exchange.ClientRequests;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import dev.mcphex.ports.spi.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Legacy sessions: their durable records in the {@link SessionStore}, and the standalone streams
 * attached on this instance, where notifications outside any request go.
 */
public final class LegacySessions {
    /** The log threshold of a session that never sent {@code logging/setLevel}. */
    public static final LogLevel DEFAULT_LOG_LEVEL = LogLevel.INFO;

    private final SessionStore store;
    private final ClientRequests clientRequests;
    private final InFlightRequests inFlight;
    private final Clock clock;
    private final Map<String, List<MessageSink>> streams = new ConcurrentHashMap<>();

    public LegacySessions(SessionStore store, ClientRequests clientRequests, InFlightRequests inFlight, Clock clock) {
        this.store = store;
        this.clientRequests = clientRequests;
        this.inFlight = inFlight;
        this.clock = clock;
    }

    /** Creates a session after a successful {@code initialize}. */
    public SessionRecord create(ProtocolVersion version, Implementation clientInfo, ClientCapabilities capabilities,
                                Principal owner) {
        var session = new SessionRecord(SessionIds.next(), version, clientInfo, capabilities, owner.subject(),
                DEFAULT_LOG_LEVEL, java.util.Set.of(), false, clock.instant());
        store.save(session);
        return session;
    }

    public Optional<SessionRecord> find(String id) {
        return store.find(id);
    }

    public void update(SessionRecord session) {
        store.save(session);
    }

    public long count() {
        return store.count();
    }

    /** Ends a session: forgets it, detaches its streams, cancels its requests. */
    public boolean end(String id) {
        boolean existed = store.delete(id);
        streams.remove(id);
        inFlight.cancelAll(id, "session ended");
        clientRequests.abandon(id);
        return existed;
    }

    /** Attaches a standalone stream; closing the handle detaches it. */
    public AutoCloseable attach(String id, MessageSink sink) {
        if (store.find(id).isEmpty()) {
            throw new IllegalArgumentException("no such session");
        }
        streams.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(sink);
        return () -> streams.computeIfPresent(id, (k, list) -> {
            list.remove(sink);
            return list.isEmpty() ? null : list;
        });
    }

    /** How many standalone streams are attached on this instance. */
    public int streamCount() {
        return streams.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Sends a notification to the session's standalone streams attached on this instance.
     *
     * @return {@code false} if the session no longer exists
     */
    public boolean sendToStreams(String id, JsonRpcNotification notification) {
        if (store.find(id).isEmpty()) {
            streams.remove(id);
            return false;
        }
        streams.getOrDefault(id, List.of()).forEach(sink -> sink.send(notification));
        return true;
    }

    /**
     * Sends a change notification to every initialized session with a stream here that wants it. Task
     * changes are for {@code subscriptions/listen} streams only: they are dropped before any session is read.
     */
    public void broadcast(ServerEvent event) {
        if (event instanceof ServerEvent.TaskChanged) {
            return;
        }
        streams.forEach((id, sinks) -> {
            Optional<SessionRecord> session = store.find(id);
            if (session.isEmpty()) {
                streams.remove(id);
                return;
            }
            notification(event, session.get()).ifPresent(n -> sinks.forEach(sink -> sink.send(n)));
        });
    }

    private static Optional<JsonRpcNotification> notification(ServerEvent event, SessionRecord session) {
        if (!session.initialized()) {
            return Optional.empty();
        }
        return switch (event) {
            case ServerEvent.ToolsChanged t -> Optional.of(new JsonRpcNotification("notifications/tools/list_changed", null));
            case ServerEvent.PromptsChanged p ->
                    Optional.of(new JsonRpcNotification("notifications/prompts/list_changed", null));
            case ServerEvent.ResourcesChanged r ->
                    Optional.of(new JsonRpcNotification("notifications/resources/list_changed", null));
            case ServerEvent.ResourceUpdated u -> session.subscriptions().contains(u.uri())
                    ? Optional.of(new JsonRpcNotification("notifications/resources/updated",
                            Json.object().put("uri", u.uri())))
                    : Optional.empty();
            case ServerEvent.TaskChanged t -> Optional.empty();
        };
    }
}
