package dev.mcphex.domain.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema compiled once at registration and used for every call. The dialect is 2020-12 unless
 * the schema's {@code $schema} names another; {@code $ref} and {@code $defs} resolve within the schema.
 * A schema of the common flat shape (see {@link FlatSchema}) accepts valid instances without the general
 * validator, which still checks, and words, everything it does not vouch for.
 */
public final class CompiledSchema {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final AtomicLong IDS = new AtomicLong();
    private static final int MAX_REPORTED_ERRORS = 10;

    private final Schema schema;
    private final FlatSchema flat;

    private CompiledSchema(Schema schema, FlatSchema flat) {
        this.schema = schema;
        this.flat = flat;
    }

    /**
     * Compiles a schema.
     *
     * @param owner names the schema in error messages, such as {@code tool echo inputSchema}
     * @throws IllegalArgumentException if the schema is invalid
     */
    public static CompiledSchema compile(String owner, JsonNode schemaNode) {
        try {
            var location = SchemaLocation.of("urn:mcphex:schema:" + IDS.incrementAndGet());
            Schema schema = REGISTRY.getSchema(location, schemaNode);
            schema.validate(schemaNode.deepCopy());
            return new CompiledSchema(schema, FlatSchema.of(schemaNode));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(owner + " is not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    /** The problems of {@code instance}, each naming the offending location; empty when valid. */
    public List<String> validate(JsonNode instance) {
        if (flat != null && flat.accepts(instance)) {
            return List.of();
        }
        List<Error> errors = schema.validate(instance);
        return errors.stream().limit(MAX_REPORTED_ERRORS).map(CompiledSchema::describe).toList();
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation() == null ? "$" : error.getInstanceLocation().toString();
        return message.startsWith(location) ? message : location + ": " + message;
    }
}
