package dev.mcphex.domain.methods;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads request parameters, answering wrong types and missing fields with invalid-params errors. */
public final class Params {
    private Params() {
    }

    public static String requireString(ObjectNode params, String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            throw McpProtocolException.invalidParams("Invalid params: missing required field '" + field + "'");
        }
        if (!value.isString()) {
            throw McpProtocolException.invalidParams("Invalid params: '" + field + "' must be a string");
        }
        return value.stringValue();
    }

    public static String optionalString(ObjectNode params, String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw McpProtocolException.invalidParams("Invalid params: '" + field + "' must be a string");
        }
        return value.stringValue();
    }

    /** An object field; an empty object when absent or null. */
    public static ObjectNode optionalObject(ObjectNode params, String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return Json.object();
        }
        if (!(value instanceof ObjectNode object)) {
            throw McpProtocolException.invalidParams("Invalid params: '" + field + "' must be an object");
        }
        return object;
    }

    public static ObjectNode requireObject(ObjectNode params, String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            throw McpProtocolException.invalidParams("Invalid params: missing required field '" + field + "'");
        }
        if (!(value instanceof ObjectNode object)) {
            throw McpProtocolException.invalidParams("Invalid params: '" + field + "' must be an object");
        }
        return object;
    }
}
