package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ContextStore} implementation must have. Implement {@link #passTime} to
 * move the time the store sees.
 */
public abstract class ContextStoreContract {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** The store under test, the same instance for the whole test. */
    protected abstract ContextStore store();

    /** Advances the time the store sees. */
    protected abstract void passTime(long millis);

    private static String scope() {
        return "scope-" + UUID.randomUUID();
    }

    @Test
    void putValue_isReadBack() {
        String scope = scope();
        store().put(scope, "order", Json.parse("{\"id\":7,\"items\":[\"a\",\"b\"]}"), MINUTE);
        assertThat(store().get(scope, "order")).contains(Json.parse("{\"id\":7,\"items\":[\"a\",\"b\"]}"));
    }

    @Test
    void put_replacesTheValue() {
        String scope = scope();
        store().put(scope, "step", Json.parse("1"), MINUTE);
        store().put(scope, "step", Json.parse("\"two\""), MINUTE);
        assertThat(store().get(scope, "step")).contains(Json.parse("\"two\""));
        assertThat(store().keys(scope)).containsExactly("step");
    }

    @Test
    void scopes_areSeparate() {
        String first = scope();
        String second = scope();
        store().put(first, "k", Json.parse("1"), MINUTE);
        assertThat(store().get(second, "k")).isEmpty();
        assertThat(store().keys(second)).isEmpty();
    }

    @Test
    void keys_listsTheScopesLiveEntries() {
        String scope = scope();
        store().put(scope, "a", Json.parse("1"), MINUTE);
        store().put(scope, "b", Json.parse("2"), MINUTE.multipliedBy(10));
        store().put(scope, "c", Json.parse("3"), MINUTE);
        store().delete(scope, "c");
        assertThat(store().keys(scope)).containsExactlyInAnyOrder("a", "b");
        passTime(MINUTE.toMillis() + 1_000);
        assertThat(store().keys(scope)).containsExactly("b");
    }

    @Test
    void entries_expireAfterTheirOwnTtl() {
        String scope = scope();
        store().put(scope, "short", Json.parse("1"), MINUTE);
        store().put(scope, "long", Json.parse("2"), MINUTE.multipliedBy(10));
        passTime(MINUTE.toMillis() + 1_000);
        assertThat(store().get(scope, "short")).isEmpty();
        assertThat(store().get(scope, "long")).contains(Json.parse("2"));
        assertThat(store().delete(scope, "short")).isFalse();
    }

    @Test
    void delete_removesTheEntry() {
        String scope = scope();
        store().put(scope, "k", Json.parse("{}"), MINUTE);
        assertThat(store().delete(scope, "k")).isTrue();
        assertThat(store().get(scope, "k")).isEmpty();
        assertThat(store().delete(scope, "k")).isFalse();
        assertThat(store().delete(scope(), "never")).isFalse();
    }
}
