package dev.mcphex.adapter.javalin.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads MCP header values: trims optional white space and decodes the {@code =?base64?…?=} form, strictly
 * (padding required, standard alphabet only, UTF-8).
 */
final class HeaderValues {
    private static final String PREFIX = "=?base64?";
    private static final String SUFFIX = "?=";

    private HeaderValues() {
    }

    /** Thrown when a sentinel-encoded value is not valid base64 of UTF-8 text. */
    static final class InvalidEncoding extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidEncoding(String message) {
            super(message, null, false, false);
        }
    }

    /** The value a header carries, or {@code null} when the header is absent. */
    static String decode(String raw) throws InvalidEncoding {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.length() < PREFIX.length() + SUFFIX.length() || !value.startsWith(PREFIX) || !value.endsWith(SUFFIX)) {
            return value;
        }
        String encoded = value.substring(PREFIX.length(), value.length() - SUFFIX.length());
        if (encoded.length() % 4 != 0) {
            throw new InvalidEncoding("invalid Base64 sentinel value: length is not a multiple of 4");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidEncoding("invalid Base64 sentinel value: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidEncoding("invalid Base64 sentinel value: not UTF-8");
        }
    }
}
