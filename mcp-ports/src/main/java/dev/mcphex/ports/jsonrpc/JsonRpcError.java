package dev.mcphex.ports.jsonrpc;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * An error response.
 *
 * @param id    the id of the request it answers; {@code null} only when the request's id could not be read
 * @param error the error
 */
public record JsonRpcError(RequestId id, Detail error) implements JsonRpcMessage {
    public JsonRpcError {
        Objects.requireNonNull(error, "error");
    }

    public JsonRpcError(RequestId id, int code, String message) {
        this(id, new Detail(code, message, null));
    }

    /**
     * The error object.
     *
     * @param code    one of {@link ErrorCodes}, or an application code
     * @param message a short human-readable description; never a stack trace
     * @param data    optional structured detail
     */
    public record Detail(int code, String message, JsonNode data) {
        public Detail {
            Objects.requireNonNull(message, "message");
        }
    }
}
