package dev.mcphex.ports.protocol;

import java.util.Objects;

/** Binary contents of a resource, base64-encoded. */
public record BlobResourceContents(String uri, String mimeType, String blob) implements ResourceContents {
    public BlobResourceContents {
        Objects.requireNonNull(uri, "uri");
        Base64Data.require(blob, "blob");
    }
}
