package dev.mcphex.domain.annotated;

import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.spi.McpContext;
import java.lang.reflect.Array;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds one tool argument from the arguments object.
 *
 * @param name     the argument's name
 * @param type     its Jackson type, constructed at scan time
 * @param required whether it must be present
 * @param absent   its value when it is absent or null: an empty optional, a primitive's zero, or null
 */
record JsonArgument(String name, JavaType type, boolean required, Object absent) implements Slot<ObjectNode> {

    static JsonArgument of(Argument argument) {
        Class<?> raw = argument.parameter().getType();
        return new JsonArgument(argument.name(), Binding.javaType(argument.type()), argument.required(),
                absentValue(raw));
    }

    @Override
    public Object value(ObjectNode arguments, McpContext context) {
        JsonNode node = arguments == null ? null : arguments.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw McpProtocolException.invalidParams("Missing required argument '" + name + "'");
            }
            return absent;
        }
        try {
            return Binding.MAPPER.treeToValue(node, type);
        } catch (JacksonException e) {
            throw McpProtocolException.invalidParams("Invalid argument '" + name + "': " + e.getOriginalMessage());
        }
    }

    private static Object absentValue(Class<?> raw) {
        if (raw.isPrimitive()) {
            return Array.get(Array.newInstance(raw, 1), 0);
        }
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (raw == OptionalLong.class) {
            return OptionalLong.empty();
        }
        return raw == OptionalDouble.class ? OptionalDouble.empty() : null;
    }
}
