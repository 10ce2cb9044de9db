package dev.mcphex.domain.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A thread-safe, insertion-ordered registry with a cached snapshot for lists, so that listing costs
 * nothing but a volatile read and the order is the same on every call.
 */
final class Registry<K, V> {
    private final Map<K, V> entries = new LinkedHashMap<>();
    private final Function<V, K> key;
    private final String kind;
    private volatile List<V> snapshot = List.of();

    Registry(String kind, Function<V, K> key) {
        this.kind = kind;
        this.key = key;
    }

    synchronized void add(V value) {
        K k = key.apply(value);
        if (entries.containsKey(k)) {
            throw new IllegalArgumentException("duplicate " + kind + ": " + k);
        }
        entries.put(k, value);
        snapshot = List.copyOf(entries.values());
    }

    synchronized boolean remove(K k) {
        boolean removed = entries.remove(k) != null;
        if (removed) {
            snapshot = List.copyOf(entries.values());
        }
        return removed;
    }

    synchronized Optional<V> find(K k) {
        return Optional.ofNullable(entries.get(k));
    }

    List<V> all() {
        return snapshot;
    }
}
