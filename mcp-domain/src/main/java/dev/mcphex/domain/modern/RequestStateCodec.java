package dev.mcphex.domain.modern;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals and opens {@code requestState}: {@code v1.<payload>.<signature>}, base64url, with an HMAC-SHA256
 * signature over the payload under a key every instance shares. The state comes back from the client,
 * so it is verified (signature, expiry, method, target, caller) before anything uses it.
 */
public final class RequestStateCodec {
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    public RequestStateCodec(byte[] secret, Clock clock, Duration ttl) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the request-state secret must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Mints the state for the round after {@code round}. */
    public String seal(String method, String target, String subject, int round, Map<String, JsonNode> answers) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        ObjectNode payload = Json.object()
                .put("m", method).put("t", target).put("s", subject).put("r", round + 1)
                .put("e", clock.millis() + ttl.toMillis()).put("n", ENCODER.encodeToString(nonce));
        ObjectNode a = payload.putObject("a");
        answers.forEach(a::set);
        String body = ENCODER.encodeToString(Json.write(payload).getBytes(StandardCharsets.UTF_8));
        return VERSION + "." + body + "." + ENCODER.encodeToString(sign(body));
    }

    /**
     * Opens a state the client echoed.
     *
     * @throws McpProtocolException -32602 when it is malformed, forged, expired, or minted for another request
     */
    public RequestState open(String token, String method, String target, String subject) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw invalid("malformed");
        }
        byte[] signature;
        JsonNode payload;
        try {
            signature = DECODER.decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[1]))) {
                throw invalid("bad signature");
            }
            payload = Json.MAPPER.readTree(DECODER.decode(parts[1]));
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid("malformed");
        }
        RequestState state = read(payload);
        if (state.expiresAt() < clock.millis()) {
            throw invalid("expired");
        }
        if (!state.method().equals(method) || !state.target().equals(target) || !state.subject().equals(subject)) {
            throw invalid("issued for another request");
        }
        return state;
    }

    private static RequestState read(JsonNode payload) {
        if (!(payload instanceof ObjectNode p) || !(p.get("a") instanceof ObjectNode answers)) {
            throw invalid("malformed");
        }
        Map<String, JsonNode> map = new HashMap<>();
        answers.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return new RequestState(p.path("m").asString(""), p.path("t").asString(""), p.path("s").asString(""),
                p.path("r").asInt(0), p.path("e").asLong(0), p.path("n").asString(""), map);
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static McpProtocolException invalid(String reason) {
        ObjectNode data = Json.object().put("reason", "invalid_request_state").put("detail", reason);
        return new McpProtocolException(ErrorCodes.INVALID_PARAMS, "Invalid or expired requestState", data);
    }
}
