package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ContextStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Context entries in this process's memory, each forgotten after its time to live. */
public final class InMemoryContextStore implements ContextStore {
    private record Entry(JsonNode value, Instant expiresAt) {
    }

    private final Map<String, Map<String, Entry>> scopes = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryContextStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(String scope, String key, JsonNode value, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        scopes.computeIfAbsent(scope, s -> new ConcurrentHashMap<>())
                .put(key, new Entry(value.deepCopy(), clock.instant().plus(ttl)));
    }

    @Override
    public Optional<JsonNode> get(String scope, String key) {
        Entry entry = live(scope).get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value().deepCopy());
    }

    @Override
    public boolean delete(String scope, String key) {
        Map<String, Entry> entries = scopes.get(scope);
        Entry removed = entries == null ? null : entries.remove(key);
        return removed != null && removed.expiresAt().isAfter(clock.instant());
    }

    @Override
    public Set<String> keys(String scope) {
        return Set.copyOf(live(scope).keySet());
    }

    /** The scope's entries after dropping the expired ones, and the scope itself once it is empty. */
    private Map<String, Entry> live(String scope) {
        Instant now = clock.instant();
        Map<String, Entry> entries = scopes.computeIfPresent(scope, (s, map) -> {
            map.values().removeIf(e -> !e.expiresAt().isAfter(now));
            return map.isEmpty() ? null : map;
        });
        return entries == null ? Map.of() : entries.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
