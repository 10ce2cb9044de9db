package dev.mcphex.ports.spi;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call of a tool, with arguments already validated against its input schema.
 *
 * @param name      the tool's name
 * @param arguments the arguments object (empty when the client sent none)
 */
public record ToolCall(String name, ObjectNode arguments) {
    public ToolCall {
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? JsonNodeFactory.instance.objectNode() : arguments;
    }

    /** An argument, or {@code null} when absent or JSON null. */
    public JsonNode get(String argument) {
        JsonNode value = arguments.get(argument);
        return value == null || value.isNull() ? null : value;
    }

    /** A string argument, or {@code null}. */
    public String string(String argument) {
        JsonNode value = get(argument);
        return value == null ? null : value.asString();
    }

    /** A string argument, or the fallback. */
    public String string(String argument, String fallback) {
        String value = string(argument);
        return value == null ? fallback : value;
    }

    /** A numeric argument, or the fallback. */
    public double number(String argument, double fallback) {
        JsonNode value = get(argument);
        return value == null || !value.isNumber() ? fallback : value.doubleValue();
    }

    /** An integer argument, or the fallback. */
    public long integer(String argument, long fallback) {
        JsonNode value = get(argument);
        return value == null || !value.canConvertToLong() ? fallback : value.longValue();
    }

    /** A boolean argument, or the fallback. */
    public boolean bool(String argument, boolean fallback) {
        JsonNode value = get(argument);
        return value == null || !value.isBoolean() ? fallback : value.booleanValue();
    }
}
