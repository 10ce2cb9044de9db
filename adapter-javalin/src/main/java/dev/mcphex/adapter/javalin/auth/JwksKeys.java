package dev.mcphex.adapter.javalin.auth;

import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The keys of a JSON Web Key Set, by key id. A token naming a key not seen yet triggers a fetch, at most
 * once per {@code minRefresh} however many such tokens arrive, so a rotated-in key is found at once and
 * junk key ids cannot hammer the key server. A fetch replaces the whole set; a failed fetch keeps the
 * previous one.
 */
final class JwksKeys {
    private static final Logger LOG = LoggerFactory.getLogger(JwksKeys.class);

    private final KeySource.Jwks source;
    private final HttpClient http;
    private final Clock clock;
    private volatile Map<String, PublicKey> keys = Map.of();
    private volatile Instant fetchedAt = Instant.MIN;

    JwksKeys(KeySource.Jwks source, HttpClient http, Clock clock) {
        this.source = source;
        this.http = http;
        this.clock = clock;
    }

    /** The key named {@code kid}, fetching the set again when allowed and needed. */
    Optional<PublicKey> find(String kid) {
        PublicKey key = keys.get(kid);
        boolean stale = fetchedAt.plus(source.maxAge()).isBefore(clock.instant());
        if (key == null || stale) {
            refresh();
            key = keys.get(kid);
        }
        return Optional.ofNullable(key);
    }

    private synchronized void refresh() {
        Instant now = clock.instant();
        if (fetchedAt.plus(source.minRefresh()).isAfter(now)) {
            return;
        }
        fetchedAt = now;
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(source.url())
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warn("The JWKS at {} answered {}; keeping the previous keys", source.url(), response.statusCode());
                return;
            }
            keys = parse(Json.MAPPER.readTree(response.body()));
        } catch (IOException | JacksonException e) {
            LOG.warn("The JWKS at {} could not be read; keeping the previous keys: {}", source.url(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, PublicKey> parse(JsonNode set) {
        Map<String, PublicKey> parsed = new HashMap<>();
        for (JsonNode jwk : set.path("keys")) {
            String kid = jwk.path("kid").asString("");
            if (kid.isEmpty() || jwk.has("use") && !"sig".equals(jwk.path("use").asString(""))) {
                continue;
            }
            try {
                PublicKey key = switch (jwk.path("kty").asString("")) {
                    case "RSA" -> KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            number(jwk, "n"), number(jwk, "e")));
                    case "EC" -> ec(jwk);
                    default -> null;
                };
                if (key != null) {
                    parsed.put(kid, key);
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                LOG.warn("Skipping the unusable JWK {}: {}", kid, e.getMessage());
            }
        }
        return Map.copyOf(parsed);
    }

    private static PublicKey ec(JsonNode jwk) throws GeneralSecurityException {
        if (!"P-256".equals(jwk.path("crv").asString(""))) {
            return null;
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        var point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
    }

    private static BigInteger number(JsonNode jwk, String field) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(field).asString("")));
    }
}
