package dev.mcphex.packs.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the {@code http} pack may fetch.
 *
 * @param allowedHosts host names (or IP literals) that may be fetched from, compared case-insensitively
 *                     and exactly; redirects are followed only to these
 * @param maxBytes     the largest response body read; a larger one fails the call
 * @param timeout      how long one call may take, redirects and body included
 */
public record FetchPolicy(Set<String> allowedHosts, long maxBytes, Duration timeout) {
    public FetchPolicy {
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Whether {@code host} may be fetched from. */
    public boolean allows(String host) {
        return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
