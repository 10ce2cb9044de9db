package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of a {@link ToolUseContent}, in a user message of sampling (2025-11-25 and later). A
 * message holding tool results holds nothing else.
 *
 * @param toolUseId         the {@link ToolUseContent#id()} it answers
 * @param content           the result's content blocks, as a tool result's {@code content}
 * @param structuredContent optional structured result, or {@code null}
 * @param isError           whether the call failed
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/sampling">Sampling</a>
 */
public record ToolResultContent(String toolUseId, List<Content> content, JsonNode structuredContent,
                                boolean isError) implements Content {
    public ToolResultContent {
        Objects.requireNonNull(toolUseId, "toolUseId");
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }

    /** A result with a single text block. */
    public static ToolResultContent text(String toolUseId, String text, boolean isError) {
        return new ToolResultContent(toolUseId, List.of(Content.text(text)), null, isError);
    }

    /** Tool results carry no annotations. */
    @Override
    public Annotations annotations() {
        return null;
    }
}
