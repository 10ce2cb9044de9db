package dev.mcphex.ports.protocol;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks that a string is an absolute URI, as the schema's {@code format: uri} requires. */
final class UriCheck {
    private UriCheck() {
    }

    static void requireAbsolute(String uri, String field) {
        try {
            if (!new URI(uri).isAbsolute()) {
                throw new IllegalArgumentException(field + " must be an absolute URI: " + uri);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URI: " + uri, e);
        }
    }
}
