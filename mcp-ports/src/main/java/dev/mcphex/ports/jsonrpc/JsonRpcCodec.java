package dev.mcphex.ports.jsonrpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes JSON-RPC 2.0 messages. Reading never throws: any input, however broken,
 * yields either messages or the error response that names what is wrong.
 */
public final class JsonRpcCodec {

    private JsonRpcCodec() {
    }

    /** Reads one document (UTF-8 bytes). */
    public static Inbound read(byte[] utf8) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(utf8);
        } catch (JacksonException | IllegalArgumentException e) {
            return parseError(e);
        }
        return readTree(tree);
    }

    /** Reads one document given as text. */
    public static Inbound read(String json) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JacksonException | IllegalArgumentException e) {
            return parseError(e);
        }
        return readTree(tree);
    }

    /** Interprets an already parsed tree. */
    public static Inbound readTree(JsonNode tree) {
        if (tree == null || tree.isMissingNode()) {
            return invalid(null, ErrorCodes.PARSE_ERROR, "Parse error: empty input");
        }
        if (tree.isArray()) {
            if (tree.isEmpty()) {
                return invalid(null, ErrorCodes.INVALID_REQUEST, "Invalid Request: empty batch");
            }
            List<Inbound> elements = new ArrayList<>(tree.size());
            for (JsonNode element : tree) {
                elements.add(readMessage(element));
            }
            return new Inbound.Batch(elements);
        }
        return readMessage(tree);
    }

    private static Inbound readMessage(JsonNode node) {
        if (!node.isObject()) {
            return invalid(null, ErrorCodes.INVALID_REQUEST, "Invalid Request: a message must be a JSON object");
        }
        JsonNode idNode = node.get("id");
        RequestId id;
        try {
            id = readId(idNode);
        } catch (IllegalArgumentException e) {
            return invalid(null, ErrorCodes.INVALID_REQUEST, "Invalid Request: " + e.getMessage());
        }
        JsonNode version = node.get("jsonrpc");
        if (version == null || !version.isString() || !"2.0".equals(version.stringValue())) {
            return invalid(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
        }
        JsonNode params = node.get("params");
        if (params != null && !params.isObject() && !params.isArray() && !params.isNull()) {
            return invalid(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: \"params\" must be an object");
        }
        if (params != null && params.isNull()) {
            params = null;
        }
        JsonNode method = node.get("method");
        if (method != null) {
            if (!method.isString() || method.stringValue().isBlank()) {
                return invalid(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: \"method\" must be a non-empty string");
            }
            if (idNode == null) {
                return new Inbound.Single(new JsonRpcNotification(method.stringValue(), params));
            }
            if (id == null) {
                return invalid(null, ErrorCodes.INVALID_REQUEST, "Invalid Request: \"id\" must not be null");
            }
            return new Inbound.Single(new JsonRpcRequest(id, method.stringValue(), params));
        }
        return readResponse(node, id, idNode);
    }

    private static Inbound readResponse(JsonNode node, RequestId id, JsonNode idNode) {
        JsonNode result = node.get("result");
        JsonNode error = node.get("error");
        if (result != null && error == null && id != null) {
            return new Inbound.Single(new JsonRpcResult(id, result));
        }
        if (error != null && result == null && error.isObject() && idNode != null) {
            JsonNode code = error.get("code");
            JsonNode message = error.get("message");
            if (code != null && code.isIntegralNumber() && code.canConvertToInt()
                    && message != null && message.isString()) {
                return new Inbound.Single(new JsonRpcError(id,
                        new JsonRpcError.Detail(code.intValue(), message.stringValue(), error.get("data"))));
            }
        }
        return invalid(id, ErrorCodes.INVALID_REQUEST,
                "Invalid Request: a message needs a \"method\", or an \"id\" with exactly one of \"result\" and \"error\"");
    }

    private static RequestId readId(JsonNode idNode) {
        if (idNode == null || idNode.isNull()) {
            return null;
        }
        if (idNode.isString()) {
            return new RequestId.StringId(idNode.stringValue());
        }
        if (idNode.isIntegralNumber()) {
            if (!idNode.canConvertToLong()) {
                throw new IllegalArgumentException("\"id\" is out of the 64-bit integer range");
            }
            return new RequestId.NumberId(idNode.longValue());
        }
        throw new IllegalArgumentException("\"id\" must be a string or an integer");
    }

    private static Inbound parseError(Exception e) {
        String reason = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        return invalid(null, ErrorCodes.PARSE_ERROR, "Parse error: " + firstLine(withoutFeatureName(reason)));
    }

    /**
     * {@code duplicate key "id"} for Jackson's report of a duplicate key (see {@link Json#MAPPER}),
     * which also names the mapper setting that caught it; any other reason as it is.
     */
    private static String withoutFeatureName(String reason) {
        String prefix = "Duplicate property \"";
        int end = reason == null ? -1 : reason.lastIndexOf("\" for `ObjectNode`");
        return end >= prefix.length() && reason.startsWith(prefix)
                ? "duplicate key \"" + reason.substring(prefix.length(), end) + "\"" : reason;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "malformed JSON";
        }
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Inbound invalid(RequestId id, int code, String message) {
        return new Inbound.Invalid(new JsonRpcError(id, code, message));
    }

    /** The message as a JSON tree, in the conventional key order. */
    public static ObjectNode toTree(JsonRpcMessage message) {
        ObjectNode node = Json.object();
        node.put("jsonrpc", "2.0");
        switch (message) {
            case JsonRpcRequest r -> {
                putId(node, r.id());
                node.put("method", r.method());
                if (r.params() != null) {
                    node.set("params", r.params());
                }
            }
            case JsonRpcNotification n -> {
                node.put("method", n.method());
                if (n.params() != null) {
                    node.set("params", n.params());
                }
            }
            case JsonRpcResult r -> {
                putId(node, r.id());
                node.set("result", r.result());
            }
            case JsonRpcError e -> {
                putId(node, e.id());
                ObjectNode error = node.putObject("error");
                error.put("code", e.error().code());
                error.put("message", e.error().message());
                if (e.error().data() != null) {
                    error.set("data", e.error().data());
                }
            }
        }
        return node;
    }

    private static void putId(ObjectNode node, RequestId id) {
        switch (id) {
            case null -> node.putNull("id");
            case RequestId.StringId s -> node.put("id", s.value());
            case RequestId.NumberId n -> node.put("id", n.value());
        }
    }

    /** Serializes one message as compact single-line JSON. */
    public static String write(JsonRpcMessage message) {
        return Json.write(toTree(message));
    }

    /** Serializes one message as compact single-line JSON in UTF-8, for writing straight to a stream. */
    public static byte[] writeBytes(JsonRpcMessage message) {
        return Json.writeBytes(toTree(message));
    }

    /** Serializes a batch of responses as one JSON array. */
    public static String writeBatch(List<JsonRpcMessage> messages) {
        var array = Json.array();
        messages.forEach(m -> array.add(toTree(m)));
        return Json.write(array);
    }

    /** Convenience for building parameter objects in tests and tools. */
    public static ObjectNode params(Map<String, ?> values) {
        return Json.MAPPER.valueToTree(values);
    }
}
