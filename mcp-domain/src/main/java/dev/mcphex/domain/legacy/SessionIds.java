package dev.mcphex.domain.legacy;

import java.security.SecureRandom;
import java.util.Base64;

/** Mints session ids: 256 random bits, base64url, visible ASCII only. */
final class SessionIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionIds() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
