package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code tools/list} says about a tool.
 *
 * @param name         unique name, 1 to 128 characters of {@code [A-Za-z0-9_.-]}
 * @param title        optional display name
 * @param description  what the tool does; required here because clients list it to a model
 * @param inputSchema  JSON Schema (2020-12 unless {@code $schema} says otherwise) of the arguments, kept verbatim;
 *                     its {@code type} must be {@code "object"}
 * @param outputSchema optional JSON Schema of {@code structuredContent}, same rules
 * @param annotations  behaviour hints
 * @param icons        optional icons
 * @param taskSupport  whether the tool may run as a task of the tasks extension ({@code execution.taskSupport})
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools">Tools</a>
 */
public record ToolDefinition(String name, String title, String description, ObjectNode inputSchema,
                             ObjectNode outputSchema, ToolAnnotations annotations, List<Icon> icons,
                             TaskSupport taskSupport) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name must be 1 to 128 characters of [A-Za-z0-9_.-]: " + name);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("tool " + name + " needs a description");
        }
        requireObjectSchema(name, "inputSchema", Objects.requireNonNull(inputSchema, "inputSchema"));
        if (outputSchema != null) {
            requireObjectSchema(name, "outputSchema", outputSchema);
        }
        annotations = annotations == null ? ToolAnnotations.NONE : annotations;
        icons = icons == null ? List.of() : List.copyOf(icons);
        taskSupport = taskSupport == null ? TaskSupport.FORBIDDEN : taskSupport;
    }

    /** A definition that never runs as a task. */
    public ToolDefinition(String name, String title, String description, ObjectNode inputSchema,
                          ObjectNode outputSchema, ToolAnnotations annotations, List<Icon> icons) {
        this(name, title, description, inputSchema, outputSchema, annotations, icons, TaskSupport.FORBIDDEN);
    }

    private static void requireObjectSchema(String tool, String field, ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type == null || !type.isString() || !"object".equals(type.stringValue())) {
            throw new IllegalArgumentException("tool " + tool + ": " + field + " must have \"type\": \"object\"");
        }
    }

    /** A definition with no title, annotations or icons. */
    public static ToolDefinition of(String name, String description, ObjectNode inputSchema) {
        return new ToolDefinition(name, null, description, inputSchema, null, null, null);
    }

    public ToolDefinition withOutputSchema(ObjectNode schema) {
        return new ToolDefinition(name, title, description, inputSchema, schema, annotations, icons, taskSupport);
    }

    public ToolDefinition withTitle(String newTitle) {
        return new ToolDefinition(name, newTitle, description, inputSchema, outputSchema, annotations, icons,
                taskSupport);
    }

    public ToolDefinition withDescription(String newDescription) {
        return new ToolDefinition(name, title, newDescription, inputSchema, outputSchema, annotations, icons);
    }

    public ToolDefinition withAnnotations(ToolAnnotations newAnnotations) {
        return new ToolDefinition(name, title, description, inputSchema, outputSchema, newAnnotations, icons,
                taskSupport);
    }

    public ToolDefinition withIcons(List<Icon> newIcons) {
        return new ToolDefinition(name, title, description, inputSchema, outputSchema, annotations, newIcons,
                taskSupport);
    }

    public ToolDefinition withTaskSupport(TaskSupport support) {
        return new ToolDefinition(name, title, description, inputSchema, outputSchema, annotations, icons, support);
    }
}
