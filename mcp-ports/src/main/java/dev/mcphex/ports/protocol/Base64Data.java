package dev.mcphex.ports.protocol;

import java.util.Base64;
import java.util.Objects;

/** Checks that binary payloads are standard base64, as clients validate them. */
final class Base64Data {
    private Base64Data() {
    }

    static void require(String data, String field) {
        Objects.requireNonNull(data, field);
        try {
            Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not valid base64: " + e.getMessage(), e);
        }
    }
}
