package dev.mcphex.adapter.javalin.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Mints HS256 tokens that a server configured with the same secret accepts, for development and tests. */
public final class DevelopmentTokens {
    private DevelopmentTokens() {
    }

    /**
     * A token for {@code subject} with {@code scopes}, valid from {@code now} for {@code ttl}, issued by
     * the options' issuer for the options' resource.
     *
     * @throws IllegalArgumentException when the options verify with public keys rather than a shared secret
     */
    public static String mint(AuthOptions options, String subject, Set<String> scopes, Duration ttl, Instant now) {
        if (!(options.keys() instanceof KeySource.Hmac hmac)) {
            throw new IllegalArgumentException("development tokens need a shared secret (HS256)");
        }
        var builder = JWT.create().withIssuer(options.issuer()).withAudience(options.resource().toString())
                .withSubject(subject).withIssuedAt(now).withNotBefore(now).withExpiresAt(now.plus(ttl))
                .withClaim("scope", String.join(" ", scopes));
        if (hmac.keyId() != null) {
            builder.withKeyId(hmac.keyId());
        }
        return builder.sign(Algorithm.HMAC256(hmac.secret()));
    }
}
