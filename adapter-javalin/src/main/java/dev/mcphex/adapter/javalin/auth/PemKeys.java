package dev.mcphex.adapter.javalin.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads one public key from a PEM file (SubjectPublicKeyInfo, RSA or EC). */
final class PemKeys {
    private PemKeys() {
    }

    /**
     * The key in {@code file}.
     *
     * @throws IllegalArgumentException naming the file when it holds no usable public key
     */
    static PublicKey read(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("the public key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new IllegalArgumentException("the public key file " + file + " holds no PUBLIC KEY block");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException notRsa) {
            try {
                return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException notEc) {
                notEc.addSuppressed(notRsa);
                throw new IllegalArgumentException("the public key file " + file
                        + " holds neither an RSA nor an EC key", notEc);
            }
        }
    }
}
