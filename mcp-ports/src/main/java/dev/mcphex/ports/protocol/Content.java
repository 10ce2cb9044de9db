package dev.mcphex.ports.protocol;

/**
 * A content block in a tool result, prompt message or sampling message. The specification keeps
 * adding kinds, so this interface is deliberately not sealed; the records beside it are the kinds
 * known today.
 */
public interface Content {

    /** Optional usage hints; {@code null} when none. */
    Annotations annotations();

    static TextContent text(String text) {
        return new TextContent(text, null);
    }

    static ImageContent image(String base64, String mimeType) {
        return new ImageContent(base64, mimeType, null);
    }

    static AudioContent audio(String base64, String mimeType) {
        return new AudioContent(base64, mimeType, null);
    }

    static EmbeddedResource resource(ResourceContents contents) {
        return new EmbeddedResource(contents, null);
    }
}
