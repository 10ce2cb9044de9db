package dev.mcphex.domain.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The common shape of a tool's input schema, checked without the general validator: an object whose
 * properties each declare only a primitive {@code type}, with {@code required} and a boolean
 * {@code additionalProperties}, and annotations. It only ever accepts: an instance it cannot vouch for
 * goes to the general validator, which also words the errors.
 */
final class FlatSchema {
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "default", "examples");
    private static final Set<String> TOP_LEVEL = Set.of("type", "properties", "required", "additionalProperties");
    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object", "array", "null");

    private final Map<String, String> types;
    private final List<String> required;
    private final boolean closed;

    private FlatSchema(Map<String, String> types, List<String> required, boolean closed) {
        this.types = types;
        this.required = required;
        this.closed = closed;
    }

    /** The flat form of {@code schema}, or {@code null} when it has any other shape. */
    static FlatSchema of(JsonNode schema) {
        if (!(schema instanceof ObjectNode object) || !onlyKeys(object, TOP_LEVEL)
                || !"object".equals(text(object.get("type")))) {
            return null;
        }
        Map<String, String> types = new HashMap<>();
        JsonNode properties = object.get("properties");
        if (properties != null) {
            if (!(properties instanceof ObjectNode declared)) {
                return null;
            }
            for (var property : declared.properties()) {
                String type = property.getValue() instanceof ObjectNode propertySchema
                        && onlyKeys(propertySchema, Set.of("type")) ? text(propertySchema.get("type")) : null;
                if (type == null || !TYPES.contains(type)) {
                    return null;
                }
                types.put(property.getKey(), type);
            }
        }
        Set<String> required = new HashSet<>();
        JsonNode requiredNode = object.get("required");
        if (requiredNode != null) {
            if (!requiredNode.isArray()) {
                return null;
            }
            for (JsonNode name : requiredNode) {
                if (!name.isString()) {
                    return null;
                }
                required.add(name.stringValue());
            }
        }
        JsonNode additional = object.get("additionalProperties");
        if (additional != null && !additional.isBoolean()) {
            return null;
        }
        return new FlatSchema(Map.copyOf(types), List.copyOf(required), additional != null && !additional.booleanValue());
    }

    /** Whether {@code instance} is certainly valid; {@code false} means "ask the general validator". */
    boolean accepts(JsonNode instance) {
        if (!(instance instanceof ObjectNode object)) {
            return false;
        }
        for (String name : required) {
            if (!object.has(name)) {
                return false;
            }
        }
        for (var property : object.properties()) {
            String type = types.get(property.getKey());
            if (type == null ? closed : !hasType(property.getValue(), type)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    /** Whether every key is one of {@code allowed}, an annotation, or an {@code x-} extension. */
    private static boolean onlyKeys(ObjectNode node, Set<String> allowed) {
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key) && !ANNOTATIONS.contains(key) && !key.startsWith("x-")) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
