package dev.mcphex.domain.annotated;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ToolResult;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a tool method's return value becomes a tool result, decided once from its return type.
 *
 * @param outputSchema the tool's output schema, or {@code null} when the result is not structured
 * @param mapping      turns a return value into the result
 */
record ToolReturn(ObjectNode outputSchema, Function<Object, ToolResult> mapping) {
    private static final ToolResult EMPTY = new ToolResult(List.of(), null, false);
    private static final ToolResult DONE = ToolResult.text("done");

    /**
     * @throws IllegalArgumentException when the type is neither a result, text, content nor a type
     *                                  with a JSON schema
     */
    static ToolReturn of(Type type) {
        Class<?> raw = SchemaBuilder.rawClass(type);
        if (raw == void.class || raw == Void.class) {
            return new ToolReturn(null, value -> DONE);
        }
        if (raw == ToolResult.class) {
            return nonNull(null, value -> (ToolResult) value);
        }
        if (raw == String.class) {
            return nonNull(null, value -> ToolResult.text((String) value));
        }
        if (Content.class.isAssignableFrom(raw)) {
            return nonNull(null, value -> ToolResult.of((Content) value));
        }
        if (Collection.class.isAssignableFrom(raw) && isContent(elementType(type))) {
            return nonNull(null, value -> new ToolResult(contents((Collection<?>) value), null, false));
        }
        if (raw == Optional.class && type instanceof ParameterizedType p) {
            ToolReturn inner = of(p.getActualTypeArguments()[0]);
            return nonNull(inner.outputSchema(), value -> ((Optional<?>) value).map(inner::toResult).orElse(EMPTY));
        }
        return structured(type);
    }

    /** The result for a value the method returned. */
    ToolResult toResult(Object value) {
        return mapping.apply(value);
    }

    private static ToolReturn nonNull(ObjectNode outputSchema, Function<Object, ToolResult> mapping) {
        return new ToolReturn(outputSchema, value -> value == null ? EMPTY : mapping.apply(value));
    }

    private static ToolReturn structured(Type type) {
        ObjectNode schema = JsonSchemas.of(type);
        boolean wrap = !JsonSchemas.isObject(schema);
        return nonNull(wrap ? JsonSchemas.wrapAsResult(schema) : schema, value -> {
            JsonNode tree = Binding.MAPPER.valueToTree(value);
            if (wrap) {
                ObjectNode wrapper = Json.object();
                wrapper.set("result", tree);
                tree = wrapper;
            }
            return ToolResult.structured(tree);
        });
    }

    private static Type elementType(Type collection) {
        return collection instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static boolean isContent(Type element) {
        return Content.class.isAssignableFrom(SchemaBuilder.rawClass(element));
    }

    private static List<Content> contents(Collection<?> blocks) {
        return blocks.stream().map(Content.class::cast).toList();
    }
}
