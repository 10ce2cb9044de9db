package dev.mcphex.domain.legacy;

import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shared {@link SessionStore} (Redis, PostgreSQL) with a copy of the sessions this instance serves,
 * so that a legacy request, which reads its session every time, costs a round trip to the store at
 * most once per {@code revalidateAfter} per session instead of every time. Each round trip is a real
 * {@link SessionStore#find}: it pushes the session's expiry back, and tells this instance of a
 * session deleted or changed through another one. So, within {@code revalidateAfter}: a session
 * deleted elsewhere can still be served here, a change made elsewhere (a log level, a subscription) is
 * not seen yet, and a store that stopped answering is not noticed for the sessions read just before.
 * What this instance saves or deletes, it sees at once. Copies not read for {@code revalidateAfter}
 * are dropped.
 */
public final class NearCachedSessionStore implements SessionStore {
    private final SessionStore store;
    private final Clock clock;
    private final long revalidateAfterMillis;
    private final Map<String, Copy> copies = new ConcurrentHashMap<>();
    private volatile long sweptAtMillis;

    private record Copy(SessionRecord session, long readAtMillis) {
    }

    public NearCachedSessionStore(SessionStore store, Clock clock, Duration revalidateAfter) {
        if (revalidateAfter.isNegative()) {
            throw new IllegalArgumentException("revalidateAfter must not be negative");
        }
        this.store = store;
        this.clock = clock;
        this.revalidateAfterMillis = revalidateAfter.toMillis();
    }

    @Override
    public void save(SessionRecord session) {
        store.save(session);
        copies.put(session.id(), new Copy(session, clock.millis()));
    }

    @Override
    public Optional<SessionRecord> find(String id) {
        long now = clock.millis();
        Copy copy = copies.get(id);
        if (copy != null && now - copy.readAtMillis() < revalidateAfterMillis) {
            return Optional.of(copy.session());
        }
        sweep(now);
        Optional<SessionRecord> found = store.find(id);
        found.ifPresentOrElse(session -> copies.put(id, new Copy(session, now)), () -> copies.remove(id));
        return found;
    }

    @Override
    public boolean delete(String id) {
        copies.remove(id);
        return store.delete(id);
    }

    @Override
    public long count() {
        return store.count();
    }

    /** Copies that would be read again anyway are dropped, at most once per revalidation period. */
    private void sweep(long now) {
        if (now - sweptAtMillis < revalidateAfterMillis) {
            return;
        }
        sweptAtMillis = now;
        copies.values().removeIf(copy -> now - copy.readAtMillis() >= revalidateAfterMillis);
    }

    /** Sessions copied here now. */
    int copies() {
        return copies.size();
    }
}
