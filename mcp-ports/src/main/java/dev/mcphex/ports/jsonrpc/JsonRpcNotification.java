package dev.mcphex.ports.jsonrpc;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A notification: a method call that gets no response.
 *
 * @param method the method name
 * @param params the parameters; {@code null} when absent
 */
public record JsonRpcNotification(String method, JsonNode params) implements JsonRpcMessage {
    public JsonRpcNotification {
        Objects.requireNonNull(method, "method");
    }
}
