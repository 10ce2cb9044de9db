package dev.mcphex.adapter.javalin;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

/** Test tokens: a shared secret, RSA key pairs, and a builder with valid defaults each test spoils one way. */
final class Tokens {
    static final String ISSUER = "https://auth.example.test";
    static final String RESOURCE = "http://127.0.0.1/mcp";
    static final byte[] SECRET = "a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);

    private Tokens() {
    }

    static JWTCreator.Builder valid(String subject, String... scopes) {
        Instant now = Instant.now();
        return JWT.create().withIssuer(ISSUER).withAudience(RESOURCE).withSubject(subject)
                .withIssuedAt(now).withNotBefore(now).withExpiresAt(now.plusSeconds(300))
                .withClaim("scope", String.join(" ", scopes));
    }

    static String hs256(String subject, String... scopes) {
        return valid(subject, scopes).sign(Algorithm.HMAC256(SECRET));
    }

    static String hs256(UnaryOperator<JWTCreator.Builder> spoil) {
        return spoil.apply(valid("alice", "tools:read")).sign(Algorithm.HMAC256(SECRET));
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(KeyPair pair, String kid, String subject, String... scopes) {
        return valid(subject, scopes).withKeyId(kid)
                .sign(Algorithm.RSA256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate()));
    }

    /** A JWKS document publishing these keys under these ids. */
    static String jwks(List<String> kids, List<KeyPair> pairs) {
        StringBuilder json = new StringBuilder("{\"keys\":[");
        for (int i = 0; i < kids.size(); i++) {
            RSAPublicKey key = (RSAPublicKey) pairs.get(i).getPublic();
            json.append(i == 0 ? "" : ",").append("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"")
                    .append(kids.get(i)).append("\",\"n\":\"").append(b64(key.getModulus().toByteArray()))
                    .append("\",\"e\":\"").append(b64(key.getPublicExponent().toByteArray())).append("\"}");
        }
        return json.append("]}").toString();
    }

    /** An unsigned token ({@code alg: none}). */
    static String unsigned(String subject) {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = Instant.now().getEpochSecond();
        String payload = b64(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + RESOURCE + "\",\"sub\":\"" + subject
                + "\",\"exp\":" + (now + 300) + ",\"scope\":\"admin\"}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static String b64(byte[] bytes) {
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] trimmed = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(trimmed);
    }
}
