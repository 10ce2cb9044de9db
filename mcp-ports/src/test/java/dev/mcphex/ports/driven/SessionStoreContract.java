package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SessionStore} implementation must have. Extend it with a store whose idle
 * timeout is {@link #IDLE_TIMEOUT_MILLIS} and implement {@link #passTime} to move the store's clock.
 */
public abstract class SessionStoreContract {
    /** The idle timeout the store under test must be built with. */
    protected static final long IDLE_TIMEOUT_MILLIS = 60_000;

    /** The store under test, the same instance for the whole test. */
    protected abstract SessionStore store();

    /** Advances the time the store sees. */
    protected abstract void passTime(long millis);

    protected static SessionRecord session() {
        var capabilities = ClientCapabilities.of(Json.parse("{\"sampling\":{},\"elicitation\":{\"form\":{}}}"));
        return new SessionRecord("s-" + UUID.randomUUID(), ProtocolVersion.V2025_11_25,
                new Implementation("client", "1.0", "A Client"), capabilities, "alice", LogLevel.INFO,
                Set.of("test://a"), false, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void savedSession_isFoundWithEveryField() {
        SessionRecord session = session();
        store().save(session);
        assertThat(store().find(session.id())).contains(session);
    }

    @Test
    void unknownSession_isNotFound() {
        assertThat(store().find("no-such-session")).isEmpty();
        assertThat(store().delete("no-such-session")).isFalse();
    }

    @Test
    void save_replacesTheSession() {
        SessionRecord session = session();
        store().save(session);
        SessionRecord changed = session.withLogLevel(LogLevel.DEBUG).withSubscriptions(Set.of("test://b"))
                .markInitialized();
        store().save(changed);
        assertThat(store().find(session.id())).contains(changed);
    }

    @Test
    void delete_removesTheSession() {
        SessionRecord session = session();
        store().save(session);
        assertThat(store().delete(session.id())).isTrue();
        assertThat(store().find(session.id())).isEmpty();
        assertThat(store().delete(session.id())).isFalse();
    }

    @Test
    void idleSessions_expire() {
        SessionRecord session = session();
        store().save(session);
        passTime(IDLE_TIMEOUT_MILLIS + 1_000);
        assertThat(store().find(session.id())).isEmpty();
    }

    @Test
    void access_slidesTheExpiry() {
        SessionRecord session = session();
        store().save(session);
        passTime(IDLE_TIMEOUT_MILLIS * 2 / 3);
        assertThat(store().find(session.id())).isPresent();
        passTime(IDLE_TIMEOUT_MILLIS * 2 / 3);
        assertThat(store().find(session.id())).isPresent();
    }

    @Test
    void count_includesOnlyLiveSessions() {
        long before = store().count();
        SessionRecord first = session();
        store().save(first);
        store().save(session());
        assertThat(store().count()).isEqualTo(before + 2);
        store().delete(first.id());
        assertThat(store().count()).isEqualTo(before + 1);
    }
}
