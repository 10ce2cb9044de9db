package dev.mcphex.adapter.javalin.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the HTTP transport checks bearer tokens and describes itself as an OAuth protected resource.
 *
 * @param keys                 where signature keys come from
 * @param algorithms           the accepted signature algorithms ({@code HS256}, {@code RS256}, {@code ES256});
 *                             a token's own {@code alg} only selects among these
 * @param issuer               the required {@code iss}
 * @param resource             this server's resource URI: the required {@code aud}, and the metadata's {@code resource}
 * @param leeway               the clock skew allowed on {@code exp}, {@code nbf} and {@code iat}
 * @param maxTokenBytes        the longest token accepted
 * @param permissionsClaim     a claim whose values count as scopes, besides {@code scope} and {@code scp}
 * @param authorizationServers issuers of tokens, for the protected resource metadata
 * @param scopesSupported      the scopes this server understands, for the metadata and the 401 challenge
 */
public record AuthOptions(KeySource keys, Set<String> algorithms, String issuer, URI resource, Duration leeway,
                          int maxTokenBytes, String permissionsClaim, List<String> authorizationServers,
                          List<String> scopesSupported) {
    private static final Set<String> SYMMETRIC = Set.of("HS256");
    private static final Set<String> ASYMMETRIC = Set.of("RS256", "ES256");

    public AuthOptions {
        Objects.requireNonNull(keys, "keys");
        algorithms = Set.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one token algorithm must be accepted");
        }
        Set<String> fitting = keys instanceof KeySource.Hmac ? SYMMETRIC : ASYMMETRIC;
        for (String algorithm : algorithms) {
            if (!fitting.contains(algorithm)) {
                throw new IllegalArgumentException("algorithm " + algorithm + " cannot be used with "
                        + (keys instanceof KeySource.Hmac ? "a shared secret (use HS256)"
                        : "public keys (use RS256 or ES256)"));
            }
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the token issuer must be set");
        }
        Objects.requireNonNull(resource, "resource");
        if (!resource.isAbsolute()) {
            throw new IllegalArgumentException("the resource URI must be absolute");
        }
        Objects.requireNonNull(leeway, "leeway");
        if (maxTokenBytes < 64) {
            throw new IllegalArgumentException("the token size limit must be at least 64 bytes");
        }
        permissionsClaim = permissionsClaim == null || permissionsClaim.isBlank() ? "permissions" : permissionsClaim;
        authorizationServers = List.copyOf(authorizationServers);
        scopesSupported = List.copyOf(scopesSupported);
    }
}
