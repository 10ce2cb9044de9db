package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.jsonrpc.Json;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** History as {@code GET /api/history} answers it: every field of every entry, absent ones as {@code null}. */
final class HistoryEntryJson {
    private HistoryEntryJson() {
    }

    /** {@code {"entries":[...],"nextCursor":...}}, the cursor {@code null} on the last page. */
    static ObjectNode page(HistoryPage page) {
        ObjectNode body = Json.object();
        ArrayNode entries = body.putArray("entries");
        page.entries().forEach(e -> entries.add(entry(e)));
        body.put("nextCursor", page.nextCursor());
        return body;
    }

    static ObjectNode entry(HistoryEntry entry) {
        ObjectNode node = Json.object().put("id", entry.id()).put("timestamp", entry.timestamp().toString())
                .put("principal", entry.principal()).put("era", entry.era().name().toLowerCase(Locale.ROOT))
                .put("session", entry.session()).put("method", entry.method()).put("tool", entry.tool());
        node.set("arguments", entry.arguments());
        return node.put("resultSummary", entry.resultSummary()).put("durationMs", entry.duration().toMillis())
                .put("status", entry.status().name()).put("errorCode", entry.errorCode())
                .put("traceId", entry.traceId());
    }
}
