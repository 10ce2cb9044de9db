package dev.mcphex.ports.jsonrpc;

import tools.jackson.databind.JsonNode;

/**
 * A protocol error: it becomes a JSON-RPC error response. Tool failures are not protocol errors;
 * they become results with {@code isError: true} (see {@code ToolExecutionException}).
 */
public class McpProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient JsonNode data;

    public McpProtocolException(int code, String message) {
        this(code, message, null);
    }

    public McpProtocolException(int code, String message, JsonNode data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public static McpProtocolException invalidParams(String message) {
        return new McpProtocolException(ErrorCodes.INVALID_PARAMS, message);
    }

    public static McpProtocolException methodNotFound(String method) {
        return new McpProtocolException(ErrorCodes.METHOD_NOT_FOUND, "Method not found: " + method);
    }

    public int code() {
        return code;
    }

    public JsonNode data() {
        return data;
    }

    /** The error as the detail of a JSON-RPC error response. */
    public JsonRpcError.Detail detail() {
        return new JsonRpcError.Detail(code, getMessage(), data);
    }
}
