package dev.mcphex.ports.protocol;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model's request to call a tool, in an assistant message of sampling (2025-11-25 and later).
 *
 * @param id    the model's id for the call, which the matching {@link ToolResultContent} names
 * @param name  the tool's name
 * @param input the arguments, as a JSON object
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/sampling">Sampling</a>
 */
public record ToolUseContent(String id, String name, ObjectNode input) implements Content {
    public ToolUseContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
    }

    /** Tool uses carry no annotations. */
    @Override
    public Annotations annotations() {
        return null;
    }
}
