package dev.mcphex.ports.jsonrpc;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A request: the peer expects exactly one response with the same id.
 *
 * @param id     the request id
 * @param method the method name, never blank
 * @param params the parameters as received; {@code null} when absent (MCP requires an object when present)
 */
public record JsonRpcRequest(RequestId id, String method, JsonNode params) implements JsonRpcMessage {
    public JsonRpcRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
    }
}
