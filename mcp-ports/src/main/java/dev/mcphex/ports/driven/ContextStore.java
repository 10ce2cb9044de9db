package dev.mcphex.ports.driven;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Temporary key-value context, grouped by scope: a legacy session id or a server-minted handle that
 * modern-era requests carry. Every entry expires after its own time to live, so that any instance can
 * read what another wrote a moment ago without the store growing forever.
 */
public interface ContextStore {

    /**
     * Creates or replaces an entry.
     *
     * @param ttl how long the entry lives from now; positive
     */
    void put(String scope, String key, JsonNode value, Duration ttl);

    /** The entry's value, if it exists and has not expired. */
    Optional<JsonNode> get(String scope, String key);

    /** Removes an entry; {@code false} if there was no live one. */
    boolean delete(String scope, String key);

    /** The keys of the scope's live entries, in no particular order. */
    Set<String> keys(String scope);
}
