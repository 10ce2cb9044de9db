package dev.mcphex.ports.model;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool offered to the model.
 *
 * @param name        the tool's name
 * @param description what it does
 * @param inputSchema JSON Schema of its arguments
 */
public record ModelTool(String name, String description, ObjectNode inputSchema) {
    public ModelTool {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(inputSchema, "inputSchema");
    }
}
