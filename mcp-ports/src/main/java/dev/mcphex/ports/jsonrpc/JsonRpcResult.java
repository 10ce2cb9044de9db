package dev.mcphex.ports.jsonrpc;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A successful response.
 *
 * @param id     the id of the request it answers
 * @param result the result object
 */
public record JsonRpcResult(RequestId id, JsonNode result) implements JsonRpcMessage {
    public JsonRpcResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
    }
}
