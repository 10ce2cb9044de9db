package dev.mcphex.packs.support;

import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.databind.node.ObjectNode;

/** Small builders for the JSON Schemas of the built-in packs' tools. */
public final class Schemas {
    private Schemas() {
    }

    /** An object schema with no property yet. */
    public static ObjectNode object() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        schema.putArray("required");
        return schema;
    }

    /** Adds a property of this JSON type (or none, for any value) to an object schema; returns the schema. */
    public static ObjectNode property(ObjectNode schema, String name, String type, String description, boolean required) {
        ObjectNode property = ((ObjectNode) schema.get("properties")).putObject(name);
        if (type != null) {
            property.put("type", type);
        }
        property.put("description", description);
        if (required) {
            schema.withArray("required").add(name);
        }
        return schema;
    }

    /** Adds an integer property with bounds to an object schema; returns the schema. */
    public static ObjectNode integer(ObjectNode schema, String name, String description, long minimum, long maximum) {
        property(schema, name, "integer", description, false);
        ((ObjectNode) schema.get("properties").get(name)).put("minimum", minimum).put("maximum", maximum);
        return schema;
    }
}
