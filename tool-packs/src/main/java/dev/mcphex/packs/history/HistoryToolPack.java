package dev.mcphex.packs.history;

import static dev.mcphex.packs.support.Schemas.integer;
import static dev.mcphex.packs.support.Schemas.property;

import dev.mcphex.packs.support.Schemas;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import dev.mcphex.ports.spi.ToolPack;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code history} pack: one tool, {@value #TOOL}, that pages through the calling principal's own
 * conversation history, newest first, optionally within a time range and one session. The principal
 * filter is always the caller's subject, whatever the arguments or cursor say, so no caller sees
 * another's history. History is kept only when a database is configured; without one every call is a
 * tool error that says so.
 */
public final class HistoryToolPack implements ToolPack {
    /** The pack's name, as {@code MCP_TOOL_PACKS} lists it. */
    public static final String NAME = "history";
    /** The tool's name. */
    public static final String TOOL = "history_list";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @Override
    public String name() {
        return NAME;
    }

    /** The tool over no log: each call says that no history store is configured. */
    @Override
    public List<Tool> tools() {
        return tools(PackEnvironment.none());
    }

    @Override
    public List<Tool> tools(PackEnvironment environment) {
        ObjectNode input = Schemas.object();
        property(input, "from", "string", "Only requests at or after this ISO-8601 instant, such as 2026-01-01T00:00:00Z", false);
        property(input, "to", "string", "Only requests before this ISO-8601 instant", false);
        property(input, "session", "string", "Only requests of this session id or handle", false);
        integer(input, "limit", "Entries per page; " + DEFAULT_LIMIT + " by default", 1, MAX_LIMIT);
        property(input, "cursor", "string", "nextCursor of the previous page", false);
        ToolDefinition definition = ToolDefinition.of(TOOL, "Lists your own past requests to this server, newest first, "
                        + "with their arguments, outcome and duration; page on with nextCursor", input)
                .withTitle("List my history").withOutputSchema(outputSchema())
                .withAnnotations(ToolAnnotations.readOnly());
        return List.of(new Tool(definition, (call, context) -> list(environment, call, context)));
    }

    private static ToolResult list(PackEnvironment environment, ToolCall call, McpContext context) {
        ConversationLog log = environment.conversationLog().orElseThrow(() -> new ToolExecutionException(
                "No history store is configured on this server (history needs a database)"));
        long limit = call.integer("limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ToolExecutionException("limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        HistoryQuery query = new HistoryQuery(call.string("session"), context.principal().subject(),
                instant(call, "from"), instant(call, "to"), (int) limit, call.string("cursor"));
        HistoryPage page;
        try {
            page = log.query(query);
        } catch (IllegalArgumentException e) {
            throw new ToolExecutionException("The cursor is not one this server handed out; start again without it", e);
        } catch (StoreUnavailableException e) {
            throw new ToolExecutionException("The history store cannot be reached right now: " + e.getMessage(), e);
        }
        ObjectNode result = Json.object();
        ArrayNode entries = result.putArray("entries");
        page.entries().forEach(entry -> entries.add(json(entry)));
        page.next().ifPresent(next -> result.put("nextCursor", next));
        return ToolResult.structured(result);
    }

    private static ObjectNode json(HistoryEntry entry) {
        ObjectNode node = Json.object().put("id", entry.id()).put("timestamp", entry.timestamp().toString())
                .put("era", entry.era().name().toLowerCase(java.util.Locale.ROOT)).put("method", entry.method())
                .put("status", entry.status().name()).put("durationMs", entry.duration().toMillis())
                .put("resultSummary", entry.resultSummary());
        node.set("arguments", entry.arguments());
        if (entry.session() != null) {
            node.put("session", entry.session());
        }
        if (entry.tool() != null) {
            node.put("tool", entry.tool());
        }
        if (entry.errorCode() != null) {
            node.put("errorCode", entry.errorCode());
        }
        if (entry.traceId() != null) {
            node.put("traceId", entry.traceId());
        }
        return node;
    }

    private static Instant instant(ToolCall call, String argument) {
        String value = call.string(argument);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ToolExecutionException(argument + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, not "
                    + value, e);
        }
    }

    private static ObjectNode outputSchema() {
        ObjectNode entry = Schemas.object();
        for (String name : List.of("id", "timestamp", "era", "method", "status", "resultSummary")) {
            property(entry, name, "string", name, true);
        }
        property(entry, "durationMs", "integer", "How long the server took, in milliseconds", true);
        property(entry, "arguments", null, "The request's arguments (or params), or a preview of long ones", true);
        property(entry, "session", "string", "The session id or handle", false);
        property(entry, "tool", "string", "The tool called, for tools/call", false);
        property(entry, "errorCode", "integer", "The JSON-RPC error code of an error response", false);
        property(entry, "traceId", "string", "The W3C trace id", false);
        ObjectNode schema = Schemas.object();
        property(schema, "entries", "array", "Your requests, newest first", true);
        ((ObjectNode) schema.get("properties").get("entries")).set("items", entry);
        return property(schema, "nextCursor", "string", "Where the next page starts; absent on the last page", false);
    }
}
