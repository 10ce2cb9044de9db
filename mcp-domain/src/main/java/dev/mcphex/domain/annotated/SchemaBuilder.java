package dev.mcphex.domain.annotated;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.annotations.McpParam;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives JSON Schema 2020-12 fragments from Java types. One builder serves one schema document:
 * records that contain themselves are emitted once under {@code $defs} and referenced with {@code $ref}.
 */
final class SchemaBuilder {
    private static final Map<Class<?>, String> FORMATS = Map.of(
            Instant.class, "date-time",
            OffsetDateTime.class, "date-time",
            ZonedDateTime.class, "date-time",
            LocalDate.class, "date",
            UUID.class, "uuid",
            URI.class, "uri");

    private final ObjectNode defs = Json.object();
    private final Map<Class<?>, String> defNames = new HashMap<>();
    private final Set<Class<?>> recursive = new HashSet<>();
    private final Deque<Class<?>> inProgress = new ArrayDeque<>();

    /** Whether a value of this type may be left out: {@code Optional} and its primitive variants. */
    static boolean isOptional(Type type) {
        Class<?> raw = rawClass(type);
        return raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
                || raw == OptionalDouble.class;
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    /** The schema of a type; may be a {@code $ref} into {@link #defs()}. */
    ObjectNode schema(Type type) {
        if (type instanceof Class<?> c) {
            return classSchema(c);
        }
        if (type instanceof ParameterizedType p) {
            return parameterized(p);
        }
        if (type instanceof GenericArrayType g) {
            return array(g.getGenericComponentType(), false);
        }
        if (type instanceof WildcardType w && w.getLowerBounds().length == 0) {
            return schema(w.getUpperBounds()[0]);
        }
        throw unsupported(type, "");
    }

    /** An object schema with the given properties, in order, closed to others. */
    ObjectNode object(List<SchemaProperty> properties) {
        ObjectNode schema = Json.object().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        for (SchemaProperty property : properties) {
            ObjectNode propertySchema;
            try {
                propertySchema = schema(property.type());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + ", in " + property.origin(), e);
            }
            if (property.description() != null) {
                propertySchema.put("description", property.description());
            }
            props.set(property.name(), propertySchema);
            if (property.required()) {
                required.add(property.name());
            }
        }
        if (!required.isEmpty()) {
            ArrayNode names = schema.putArray("required");
            required.forEach(names::add);
        }
        return schema.put("additionalProperties", false);
    }

    /** The definitions of recursive records met so far. */
    ObjectNode defs() {
        return defs;
    }

    /**
     * Makes a root schema a standalone document: a root that is a {@code $ref} is replaced by what it
     * refers to, and the definitions are attached.
     */
    ObjectNode document(ObjectNode root) {
        ObjectNode document = root;
        JsonNode ref = root.get("$ref");
        if (ref != null && root.size() == 1) {
            document = ((ObjectNode) defs.get(ref.stringValue().substring("#/$defs/".length()))).deepCopy();
        }
        if (!defs.isEmpty()) {
            document.set("$defs", defs.deepCopy());
        }
        return document;
    }

    private ObjectNode classSchema(Class<?> c) {
        if (c == boolean.class || c == Boolean.class) {
            return type("boolean");
        }
        if (c == byte.class || c == Byte.class) {
            return range(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (c == short.class || c == Short.class) {
            return range(Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (c == int.class || c == Integer.class) {
            return range(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (c == long.class || c == Long.class || c == BigInteger.class || c == OptionalInt.class
                || c == OptionalLong.class) {
            return type("integer");
        }
        if (c == float.class || c == Float.class || c == double.class || c == Double.class
                || c == BigDecimal.class || c == OptionalDouble.class) {
            return type("number");
        }
        if (c == String.class) {
            return type("string");
        }
        if (c == char.class || c == Character.class) {
            return type("string").put("minLength", 1).put("maxLength", 1);
        }
        if (FORMATS.containsKey(c)) {
            return type("string").put("format", FORMATS.get(c));
        }
        if (c.isEnum()) {
            ObjectNode schema = type("string");
            ArrayNode constants = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (c == byte[].class) {
            return type("string").put("contentEncoding", "base64");
        }
        if (c.isArray()) {
            return array(c.getComponentType(), false);
        }
        if (c == ObjectNode.class) {
            return type("object");
        }
        if (c == ArrayNode.class) {
            return type("array");
        }
        if (c == JsonNode.class) {
            return Json.object();
        }
        if (c.isRecord()) {
            return record(c);
        }
        if (c.getTypeParameters().length > 0) {
            throw unsupported(c, ": declare its type arguments");
        }
        throw unsupported(c, "");
    }

    private ObjectNode parameterized(ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == Optional.class) {
            return schema(args[0]);
        }
        if (Collection.class.isAssignableFrom(raw) && args.length == 1) {
            return array(args[0], Set.class.isAssignableFrom(raw));
        }
        if (Map.class.isAssignableFrom(raw) && args.length == 2) {
            if (args[0] != String.class) {
                throw unsupported(p, ": map keys must be String");
            }
            ObjectNode schema = type("object");
            schema.set("additionalProperties", schema(args[1]));
            return schema;
        }
        throw unsupported(p, "");
    }

    private ObjectNode array(Type items, boolean unique) {
        ObjectNode schema = type("array");
        schema.set("items", schema(items));
        return unique ? schema.put("uniqueItems", true) : schema;
    }

    private ObjectNode record(Class<?> c) {
        if (defNames.containsKey(c) && defs.has(defNames.get(c))) {
            return ref(c);
        }
        if (inProgress.contains(c)) {
            recursive.add(c);
            return ref(c);
        }
        inProgress.push(c);
        ObjectNode body;
        try {
            List<SchemaProperty> properties = new ArrayList<>();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.add(componentProperty(c, component));
            }
            body = object(properties);
        } finally {
            inProgress.pop();
        }
        if (recursive.contains(c)) {
            defs.set(defNames.get(c), body);
            return ref(c);
        }
        return body;
    }

    private static SchemaProperty componentProperty(Class<?> owner, RecordComponent component) {
        McpParam param = component.getAnnotation(McpParam.class);
        Type type = component.getGenericType();
        String name = param == null ? component.getName() : Names.orDefault(param.name(), component.getName());
        String description = param == null ? null : Names.blankToNull(param.description());
        boolean required = !isOptional(type) && (param == null || param.required());
        return new SchemaProperty(name, type, description, required,
                "component '" + component.getName() + "' of " + owner.getName());
    }

    private ObjectNode ref(Class<?> c) {
        String name = defNames.computeIfAbsent(c, k -> defNames.containsValue(k.getSimpleName())
                ? k.getName() : k.getSimpleName());
        return Json.object().put("$ref", "#/$defs/" + name);
    }

    private static ObjectNode type(String type) {
        return Json.object().put("type", type);
    }

    private static ObjectNode range(int min, int max) {
        return type("integer").put("minimum", min).put("maximum", max);
    }

    private static IllegalArgumentException unsupported(Type type, String why) {
        return new IllegalArgumentException("unsupported type " + type.getTypeName() + why);
    }
}
