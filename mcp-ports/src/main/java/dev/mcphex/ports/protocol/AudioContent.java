package dev.mcphex.ports.protocol;

/** Audio, base64-encoded. */
public record AudioContent(String data, String mimeType, Annotations annotations) implements Content {
    public AudioContent {
        Base64Data.require(data, "data");
        java.util.Objects.requireNonNull(mimeType, "mimeType");
    }
}
