package dev.mcphex.packs.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.domain.memory.InMemoryConversationLog;
import dev.mcphex.packs.support.CallerContext;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HistoryToolPackTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final InMemoryConversationLog log = new InMemoryConversationLog(1_000);
    private final Tool tool = new HistoryToolPack()
            .tools(PackEnvironment.of(name -> Optional.empty(), null, log, Clock.systemUTC())).getFirst();

    @BeforeEach
    void record() {
        for (int i = 0; i < 5; i++) {
            log.append(entry("a" + i, "alice", i < 3 ? "s1" : "s2", T0.plusSeconds(i * 60L)));
            log.append(entry("m" + i, "mallory", "s1", T0.plusSeconds(i * 60L)));
        }
    }

    private static HistoryEntry entry(String id, String principal, String session, Instant at) {
        return new HistoryEntry(id, at, principal, Era.MODERN, session, "tools/call", "echo",
                Json.object().put("text", id), "ok", Duration.ofMillis(3), HistoryEntry.Status.OK, null, null);
    }

    private JsonNode list(String subject, ObjectNode arguments) throws Exception {
        ToolResult result = tool.handler().call(new ToolCall(HistoryToolPack.TOOL, arguments), CallerContext.of(subject));
        assertThat(result.isError()).isFalse();
        return result.structuredContent();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("entries").forEach(e -> ids.add(e.get("id").stringValue()));
        return ids;
    }

    @Test
    void theCaller_seesOnlyTheirOwnHistoryNewestFirst() throws Exception {
        JsonNode page = list("alice", Json.object());

        assertThat(ids(page)).containsExactly("a4", "a3", "a2", "a1", "a0");
        assertThat(page.get("entries").get(0).get("arguments").get("text").stringValue()).isEqualTo("a4");
        assertThat(page.has("nextCursor")).isFalse();
    }

    @Test
    void pages_matchTheDeclaredOutputSchema() throws Exception {
        var schema = dev.mcphex.domain.catalog.CompiledSchema.compile("history_list", tool.definition().outputSchema());
        log.append(new HistoryEntry("e", T0, "alice", Era.LEGACY, null, "ping", null, null, "", Duration.ZERO,
                HistoryEntry.Status.ERROR, -32601, "0af7651916cd43dd8448eb211c80319c"));

        ObjectNode withoutFields = Json.object();
        withoutFields.putArray("entries").addObject().put("id", "e");

        assertThat(schema.validate(list("alice", Json.object().put("limit", 3)))).isEmpty();
        assertThat(schema.validate(withoutFields)).isNotEmpty();
    }

    @Test
    void pages_followTheLogsCursorWithoutLeakingOthersEntries() throws Exception {
        JsonNode first = list("alice", Json.object().put("limit", 2));
        JsonNode second = list("alice", Json.object().put("limit", 2).put("cursor", first.get("nextCursor").stringValue()));
        JsonNode stolen = list("mallory", Json.object().put("limit", 2).put("cursor", first.get("nextCursor").stringValue()));

        assertThat(ids(first)).containsExactly("a4", "a3");
        assertThat(ids(second)).containsExactly("a2", "a1");
        assertThat(ids(stolen)).allMatch(id -> id.startsWith("m"));
    }

    @Test
    void timeRangeAndSession_narrowTheList() throws Exception {
        JsonNode page = list("alice", Json.object().put("from", T0.plusSeconds(60).toString())
                .put("to", T0.plusSeconds(240).toString()).put("session", "s1"));

        assertThat(ids(page)).containsExactly("a2", "a1");
    }

    @Test
    void aMalformedInstant_isAToolErrorThatShowsTheFormat() {
        assertThatThrownBy(() -> list("alice", Json.object().put("from", "yesterday")))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("ISO-8601");
    }

    @Test
    void aForeignCursor_isAToolError() {
        assertThatThrownBy(() -> list("alice", Json.object().put("cursor", "not-a-cursor")))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("cursor");
    }

    @Test
    void withoutAHistoryStore_theCallSaysNoneIsConfigured() {
        Tool bare = new HistoryToolPack().tools().getFirst();

        assertThatThrownBy(() -> bare.handler().call(new ToolCall(HistoryToolPack.TOOL, Json.object()),
                CallerContext.of("alice")))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("No history store is configured");
    }
}
