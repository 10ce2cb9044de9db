package dev.mcphex.domain;

import dev.mcphex.ports.protocol.Implementation;
import java.time.Duration;
import java.util.Objects;

/**
 * How the engine behaves, apart from what it offers.
 *
 * @param serverInfo           the server's name, version and title
 * @param instructions         optional instructions for the model, sent at initialize and discover
 * @param pageSize             items per page of list results
 * @param listTtlMs            how long clients may cache list results (modern era {@code ttlMs})
 * @param clientRequestTimeout how long a legacy-era ask waits for the client
 * @param requestStateTtl      how long a modern-era request state stays valid
 */
public record ServerSettings(Implementation serverInfo, String instructions, int pageSize, long listTtlMs,
                             Duration clientRequestTimeout, Duration requestStateTtl) {
    public ServerSettings {
        Objects.requireNonNull(serverInfo, "serverInfo");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        if (listTtlMs < 0) {
            throw new IllegalArgumentException("listTtlMs must not be negative");
        }
        Objects.requireNonNull(clientRequestTimeout, "clientRequestTimeout");
        Objects.requireNonNull(requestStateTtl, "requestStateTtl");
    }
}
