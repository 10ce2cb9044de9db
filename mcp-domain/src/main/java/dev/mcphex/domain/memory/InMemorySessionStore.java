package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in this process's memory, expiring after an idle period. */
public final class InMemorySessionStore implements SessionStore {
    private record Entry(SessionRecord session, Instant expiresAt) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;

    public InMemorySessionStore(Clock clock, Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void save(SessionRecord session) {
        sessions.put(session.id(), new Entry(session, clock.instant().plus(idleTimeout)));
    }

    @Override
    public Optional<SessionRecord> find(String id) {
        Instant now = clock.instant();
        Entry entry = sessions.computeIfPresent(id, (k, e) ->
                e.expiresAt().isAfter(now) ? new Entry(e.session(), now.plus(idleTimeout)) : null);
        return entry == null ? Optional.empty() : Optional.of(entry.session());
    }

    @Override
    public boolean delete(String id) {
        Entry removed = sessions.remove(id);
        return removed != null && removed.expiresAt().isAfter(clock.instant());
    }

    @Override
    public long count() {
        Instant now = clock.instant();
        sessions.values().removeIf(e -> !e.expiresAt().isAfter(now));
        return sessions.size();
    }
}
