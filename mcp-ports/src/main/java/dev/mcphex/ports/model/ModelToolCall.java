package dev.mcphex.ports.model;

import dev.mcphex.ports.jsonrpc.Json;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool call the model asks for.
 *
 * @param id        the model's id for the call, echoed in the {@link ModelMessage.ToolOutcome}
 * @param name      the tool's name
 * @param arguments the arguments, as a JSON object
 */
public record ModelToolCall(String id, String name, ObjectNode arguments) {
    public ModelToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? Json.object() : arguments;
    }
}
