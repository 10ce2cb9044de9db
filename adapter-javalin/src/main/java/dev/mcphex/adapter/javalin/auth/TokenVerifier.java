package dev.mcphex.adapter.javalin.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.mcphex.ports.spi.Principal;
import java.net.http.HttpClient;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Verifies bearer tokens (JWS compact serialization) and turns them into principals. The accepted
 * algorithms come from {@link AuthOptions}, never from the token: a token's {@code alg} only picks one of
 * them, so {@code none} and HS256-against-a-public-key are refused before any key is touched. Issuer,
 * audience, {@code exp} (required), {@code nbf} and {@code iat} are checked with the configured leeway.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8725">RFC 8725, JWT best current practices</a>
 */
public final class TokenVerifier {
    private final AuthOptions options;
    private final Function<DecodedJWT, Algorithm> algorithms;
    private final Clock clock;

    public TokenVerifier(AuthOptions options) {
        this(options, HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build(),
                Clock.systemUTC());
    }

    TokenVerifier(AuthOptions options, HttpClient http, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.algorithms = switch (options.keys()) {
            case KeySource.Hmac hmac -> hmacAlgorithm(hmac);
            case KeySource.Jwks jwks -> publicKeyAlgorithm(new JwksKeys(jwks, http, clock)::find);
            case KeySource.Pem pem -> {
                PublicKey key = PemKeys.read(pem.file());
                yield publicKeyAlgorithm(kid -> Optional.of(key));
            }
        };
    }

    /**
     * The principal {@code token} stands for.
     *
     * @throws InvalidTokenException saying why it is refused
     */
    public Principal verify(String token) throws InvalidTokenException {
        if (token.length() > options.maxTokenBytes()) {
            throw new InvalidTokenException("the token is larger than " + options.maxTokenBytes() + " bytes");
        }
        DecodedJWT decoded;
        try {
            decoded = JWT.decode(token);
        } catch (JWTDecodeException e) {
            throw new InvalidTokenException("the token is malformed", e);
        }
        if (!options.algorithms().contains(decoded.getAlgorithm())) {
            throw new InvalidTokenException("the token's algorithm " + decoded.getAlgorithm() + " is not accepted");
        }
        Algorithm algorithm = algorithms.apply(decoded);
        if (algorithm == null) {
            throw new InvalidTokenException("the token's key id is unknown");
        }
        try {
            var verification = (JWTVerifier.BaseVerification) JWT.require(algorithm)
                    .withIssuer(options.issuer())
                    .withAudience(options.resource().toString())
                    .withClaimPresence("exp")
                    .withClaimPresence("sub")
                    .acceptLeeway(options.leeway().toSeconds());
            verification.build(clock).verify(decoded);
        } catch (TokenExpiredException e) {
            throw new InvalidTokenException("the token has expired", e);
        } catch (SignatureVerificationException | AlgorithmMismatchException e) {
            throw new InvalidTokenException("the token's signature is invalid", e);
        } catch (IncorrectClaimException | MissingClaimException e) {
            throw new InvalidTokenException("the token's " + claimName(e) + " claim is not accepted", e);
        } catch (JWTVerificationException e) {
            throw new InvalidTokenException("the token is not accepted", e);
        }
        return new Principal(decoded.getSubject(), scopes(decoded));
    }

    private static String claimName(JWTVerificationException e) {
        return switch (e) {
            case IncorrectClaimException incorrect -> incorrect.getClaimName();
            case MissingClaimException missing -> missing.getClaimName();
            default -> "";
        };
    }

    private Set<String> scopes(DecodedJWT token) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String name : List.of("scope", "scp", options.permissionsClaim())) {
            Claim claim = token.getClaim(name);
            if (claim.isMissing() || claim.isNull()) {
                continue;
            }
            List<String> list = claim.asList(String.class);
            if (list != null) {
                scopes.addAll(list);
            } else if (claim.asString() != null) {
                scopes.addAll(Arrays.asList(claim.asString().trim().split("\\s+")));
            }
        }
        scopes.remove("");
        return scopes;
    }

    private static Function<DecodedJWT, Algorithm> hmacAlgorithm(KeySource.Hmac hmac) {
        Algorithm algorithm = Algorithm.HMAC256(hmac.secret());
        return token -> hmac.keyId() == null || token.getKeyId() == null || hmac.keyId().equals(token.getKeyId())
                ? algorithm : null;
    }

    private static Function<DecodedJWT, Algorithm> publicKeyAlgorithm(Function<String, Optional<PublicKey>> keys) {
        return token -> keys.apply(token.getKeyId() == null ? "" : token.getKeyId())
                .map(key -> switch (token.getAlgorithm()) {
                    case "RS256" -> key instanceof RSAPublicKey rsa ? Algorithm.RSA256(rsa, null) : null;
                    case "ES256" -> key instanceof ECPublicKey ec ? Algorithm.ECDSA256(ec, null) : null;
                    default -> null;
                }).orElse(null);
    }
}
