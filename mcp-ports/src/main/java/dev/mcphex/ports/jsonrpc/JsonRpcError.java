package dev.mcphex.ports.jsonrpc;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

        /**
         * An internal error worth retrying: something the request needs (a store) cannot be reached
         * now. {@code data.retryAfterSeconds} says when to try again; HTTP answers it with 503 and
         * {@code Retry-After}.
         *
         * @param cause what could not be done, such as {@code "Redis could not read a session: …"}
         */
        public static Detail unavailable(String cause) {
            ObjectNode data = Json.object().put("retryAfterSeconds", ErrorCodes.UNAVAILABLE_RETRY_AFTER_SECONDS);
            return new Detail(ErrorCodes.INTERNAL_ERROR, "Service unavailable: " + cause + "; retry later", data);
        }
    }
}
