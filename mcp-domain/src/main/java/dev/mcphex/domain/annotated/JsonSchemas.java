package dev.mcphex.domain.annotated;

import dev.mcphex.ports.jsonrpc.Json;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives JSON Schema 2020-12 documents from Java types.
 *
 * <p>Supported: {@code boolean}; the integral types ({@code integer}, bounded for {@code byte},
 * {@code short} and {@code int}); {@code float}, {@code double} and {@code BigDecimal} ({@code number});
 * {@code String} and {@code char}; enums (their constant names); {@code Instant}, {@code OffsetDateTime}
 * and {@code ZonedDateTime} ({@code date-time}), {@code LocalDate} ({@code date}), {@code UUID},
 * {@code URI}; {@code byte[]} (a base64 string); other arrays and collections ({@code array}, with
 * {@code uniqueItems} for sets); {@code Map<String, T>}; {@code Optional<T>} (the schema of
 * {@code T}); records (closed objects whose components are described by
 * {@link dev.mcphex.ports.spi.annotations.McpParam}); {@code JsonNode} (anything) and
 * {@code ObjectNode}. A record that contains itself is defined once under {@code $defs}.
 */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    /**
     * The schema of a type, as a standalone document.
     *
     * @throws IllegalArgumentException naming the type when it, or a type inside it, is unsupported
     */
    public static ObjectNode of(Type type) {
        SchemaBuilder builder = new SchemaBuilder();
        return builder.document(builder.schema(type));
    }

    /**
     * Wraps a schema that does not describe objects as the single required property {@code result} of
     * an object schema, as tool output schemas must describe objects; its {@code $defs} move to the root.
     */
    public static ObjectNode wrapAsResult(ObjectNode schema) {
        ObjectNode inner = schema.deepCopy();
        JsonNode defs = inner.remove("$defs");
        ObjectNode wrapper = Json.object().put("type", "object");
        wrapper.putObject("properties").set("result", inner);
        wrapper.putArray("required").add("result");
        if (defs != null) {
            wrapper.set("$defs", defs);
        }
        return wrapper;
    }

    /** Whether a schema describes objects only ({@code "type": "object"}). */
    public static boolean isObject(ObjectNode schema) {
        JsonNode type = schema.get("type");
        return type != null && type.isString() && "object".equals(type.stringValue());
    }
}
