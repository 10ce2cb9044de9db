package dev.mcphex.ports.protocol;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The result of a tool call.
 *
 * @param content           unstructured content blocks
 * @param structuredContent optional structured result; validated against the tool's output schema
 * @param isError           {@code true} when the tool failed; the content then says why
 */
public record ToolResult(List<Content> content, JsonNode structuredContent, boolean isError) {
    public ToolResult {
        content = content == null ? List.of() : List.copyOf(content);
    }

    public static ToolResult of(Content... content) {
        return new ToolResult(List.of(content), null, false);
    }

    public static ToolResult text(String text) {
        return of(Content.text(text));
    }

    /** A failed call, with a message meant for the model to read and act on. */
    public static ToolResult error(String message) {
        return new ToolResult(List.of(Content.text(message)), null, true);
    }

    /**
     * A structured result; the JSON is also given as a text block, as the specification advises
     * for clients that do not read {@code structuredContent}.
     */
    public static ToolResult structured(JsonNode structured) {
        return new ToolResult(List.of(Content.text(structured.toString())), structured, false);
    }
}
