package dev.mcphex.adapter.javalin.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Where the keys that verify token signatures come from. */
public sealed interface KeySource {

    /**
     * A shared secret, for HS256.
     *
     * @param secret the secret, at least 32 bytes
     * @param keyId  the key id tokens must carry when they name one, or {@code null} to accept any
     */
    record Hmac(byte[] secret, String keyId) implements KeySource {
        public Hmac {
            if (secret == null || secret.length < 32) {
                throw new IllegalArgumentException("the token secret must be at least 32 bytes");
            }
            secret = secret.clone();
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }
    }

    /**
     * Public keys published as a JSON Web Key Set, for RS256 and ES256: fetched on first use, fetched
     * again when a token names an unknown key (at most once per {@code minRefresh}), and when older than
     * {@code maxAge}.
     */
    record Jwks(URI url, Duration minRefresh, Duration maxAge) implements KeySource {
        public Jwks {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(minRefresh, "minRefresh");
            Objects.requireNonNull(maxAge, "maxAge");
        }
    }

    /** One public key in a PEM file ({@code -----BEGIN PUBLIC KEY-----}), RSA or EC, for RS256 or ES256. */
    record Pem(Path file) implements KeySource {
        public Pem {
            Objects.requireNonNull(file, "file");
        }
    }
}
