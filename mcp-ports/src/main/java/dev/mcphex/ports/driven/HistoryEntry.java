package dev.mcphex.ports.driven;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request the server answered, as the conversation history keeps it.
 *
 * @param id            unique id of the entry
 * @param timestamp     when the request arrived, kept to the microsecond
 * @param principal     the subject of the caller
 * @param era           the protocol era the request was served in
 * @param session       the legacy session id or modern handle the request belonged to, or {@code null}
 * @param method        the JSON-RPC method
 * @param tool          the tool's name for {@code tools/call}, otherwise {@code null}
 * @param arguments     the request's arguments (or params); replaced by a preview past {@link #MAX_ARGUMENTS_CHARS}
 * @param resultSummary a short description of the outcome, at most {@link #MAX_SUMMARY_CHARS} characters
 * @param duration      how long the server took to answer
 * @param status        how the request ended
 * @param errorCode     the JSON-RPC error code of an error response, otherwise {@code null}
 * @param traceId       the W3C trace id from {@code _meta.traceparent}, or {@code null}
 */
public record HistoryEntry(String id, Instant timestamp, String principal, Era era, String session, String method,
                           String tool, JsonNode arguments, String resultSummary, Duration duration, Status status,
                           Integer errorCode, String traceId) {
    /** The longest serialized arguments kept as they are. */
    public static final int MAX_ARGUMENTS_CHARS = 8_192;
    /** The longest result summary kept. */
    public static final int MAX_SUMMARY_CHARS = 500;

    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(method, "method");
        arguments = bounded(arguments);
        resultSummary = resultSummary == null ? "" : shorten(resultSummary, MAX_SUMMARY_CHARS);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(status, "status");
    }

    /** How a request ended. */
    public enum Status {
        /** A result was sent (a tool result with {@code isError} counts as an error). */
        OK,
        /** An error response, or a tool result that reports an error. */
        ERROR,
        /** The request was cancelled and no response was sent. */
        CANCELLED
    }

    private static JsonNode bounded(JsonNode arguments) {
        if (arguments == null || arguments.isNull() || arguments.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (SerializedLength.atMost(arguments, MAX_ARGUMENTS_CHARS)) {
            return arguments;
        }
        String text = Json.MAPPER.writeValueAsString(arguments);
        if (text.length() <= MAX_ARGUMENTS_CHARS) {
            return arguments;
        }
        ObjectNode preview = JsonNodeFactory.instance.objectNode();
        preview.put("truncated", true);
        preview.put("originalLength", text.length());
        preview.put("preview", text.substring(0, MAX_ARGUMENTS_CHARS / 2));
        return preview;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
