package dev.mcphex.ports.protocol;

/** An image, base64-encoded. */
public record ImageContent(String data, String mimeType, Annotations annotations) implements Content {
    public ImageContent {
        Base64Data.require(data, "data");
        java.util.Objects.requireNonNull(mimeType, "mimeType");
    }
}
