package dev.mcphex.domain.history;

import dev.mcphex.domain.modern.ModernEnvelope;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.protocol.Era;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns one answered request into the {@link HistoryEntry} that describes it. */
final class HistoryEntries {
    // W3C Trace Context: version-traceid-parentid-flags, lower-case hex.
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String NO_TRACE = "0".repeat(32);
    private static final List<String> LISTS = List.of("content", "tools", "resources", "resourceTemplates",
            "prompts", "contents", "messages");
    private static final int SNIPPET_CHARS = 120;

    private HistoryEntries() {
    }

    static HistoryEntry of(JsonRpcRequest request, Exchange exchange, Optional<JsonRpcMessage> response,
                           Instant start, Duration duration) {
        JsonNode params = request.params();
        boolean toolCall = "tools/call".equals(request.method());
        String tool = toolCall && params != null ? params.path("name").asString(null) : null;
        JsonNode arguments = toolCall && params != null ? params.get("arguments") : withoutMeta(params);
        HistoryEntry.Status status;
        Integer errorCode = null;
        String summary;
        switch (response.orElse(null)) {
            case null -> {
                status = HistoryEntry.Status.CANCELLED;
                summary = "cancelled: no response sent";
            }
            case JsonRpcError error -> {
                status = HistoryEntry.Status.ERROR;
                errorCode = error.error().code();
                summary = error.error().message();
            }
            case JsonRpcResult result -> {
                boolean toolError = result.result().path("isError").asBoolean(false);
                status = toolError ? HistoryEntry.Status.ERROR : HistoryEntry.Status.OK;
                summary = (toolError ? "tool error: " : "") + summarize(result.result());
            }
            default -> {
                status = HistoryEntry.Status.OK;
                summary = "answered";
            }
        }
        return new HistoryEntry(HistoryIds.next(start).toString(), start, exchange.principal().subject(),
                ModernEnvelope.claims(params) ? Era.MODERN : Era.LEGACY, exchange.sessionId().orElse(null),
                request.method(), tool, arguments, summary, duration, status, errorCode, traceId(params));
    }

    /** The trace id of a valid {@code traceparent} in {@code params._meta}, or {@code null}. */
    static String traceId(JsonNode params) {
        if (params == null || !(params.get("_meta") instanceof ObjectNode meta)) {
            return null;
        }
        JsonNode value = meta.get("traceparent");
        if (value == null || !value.isString()) {
            return null;
        }
        var match = TRACEPARENT.matcher(value.stringValue());
        return match.matches() && !NO_TRACE.equals(match.group(1)) ? match.group(1) : null;
    }

    private static JsonNode withoutMeta(JsonNode params) {
        if (params instanceof ObjectNode object && object.has("_meta")) {
            ObjectNode copy = object.deepCopy();
            copy.remove("_meta");
            return copy;
        }
        return params;
    }

    private static String summarize(JsonNode result) {
        for (String list : LISTS) {
            JsonNode items = result.get(list);
            if (items != null && items.isArray()) {
                String text = items.size() + " " + list;
                JsonNode first = items.size() > 0 ? items.get(0).get("text") : null;
                if (first != null && first.isString()) {
                    String snippet = first.stringValue();
                    text += ": " + (snippet.length() > SNIPPET_CHARS ? snippet.substring(0, SNIPPET_CHARS) + "…" : snippet);
                }
                return text;
            }
        }
        return result.isObject() && result.isEmpty() ? "empty result" : "result with " + result.size() + " field(s)";
    }
}
