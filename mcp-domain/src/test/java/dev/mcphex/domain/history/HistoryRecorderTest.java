package dev.mcphex.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.memory.InMemoryConversationLog;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.Era;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class HistoryRecorderTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final InMemoryConversationLog log = new InMemoryConversationLog(100);
    private final McpServer server = new HistoryRecorder(Mcphex.server("test", "1.0")
            .tool("echo", "Echoes", (call, ctx) -> ToolResult.text(call.string("text")))
            .tool("fail", "Fails", (call, ctx) -> {
                throw new ToolExecutionException("the disk is full");
            })
            .build(), log, Clock.systemUTC());
    private final Principal alice = new Principal("alice", Set.of());

    private List<HistoryEntry> history() {
        return log.query(HistoryQuery.all(100)).entries();
    }

    private Exchange exchange(String session) {
        return Exchange.builder().principal(alice).sessionId(session).build();
    }

    private static ObjectNode modernCall(String tool, ObjectNode arguments) {
        ObjectNode params = Json.object().put("name", tool);
        params.set("arguments", arguments);
        ObjectNode meta = params.putObject("_meta");
        meta.put("io.modelcontextprotocol/protocolVersion", "2026-07-28");
        meta.putObject("io.modelcontextprotocol/clientCapabilities");
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "c").put("version", "1");
        meta.put("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01");
        return params;
    }

    @Test
    void modernToolCall_isRecordedWithToolArgumentsTraceAndPrincipal() {
        server.handle(new JsonRpcRequest(RequestId.of(1), "tools/call",
                modernCall("echo", Json.object().put("text", "hello"))), exchange(null));
        HistoryEntry entry = history().getFirst();
        assertThat(entry.method()).isEqualTo("tools/call");
        assertThat(entry.tool()).isEqualTo("echo");
        assertThat(entry.arguments()).isEqualTo(Json.object().put("text", "hello"));
        assertThat(entry.era()).isEqualTo(Era.MODERN);
        assertThat(entry.principal()).isEqualTo("alice");
        assertThat(entry.traceId()).isEqualTo(TRACE);
        assertThat(entry.status()).isEqualTo(HistoryEntry.Status.OK);
        assertThat(entry.resultSummary()).isEqualTo("1 content: hello");
        assertThat(entry.duration()).isPositive();
    }

    @Test
    void toolThatFails_isRecordedAsAnError() {
        server.handle(new JsonRpcRequest(RequestId.of(1), "tools/call", modernCall("fail", Json.object())),
                exchange(null));
        assertThat(history().getFirst().status()).isEqualTo(HistoryEntry.Status.ERROR);
        assertThat(history().getFirst().resultSummary()).startsWith("tool error:");
    }

    @Test
    void protocolError_isRecordedWithItsCode() {
        server.handle(new JsonRpcRequest(RequestId.of(1), "no/such/method", modernCall("x", null)), exchange(null));
        assertThat(history().getFirst().status()).isEqualTo(HistoryEntry.Status.ERROR);
        assertThat(history().getFirst().errorCode()).isEqualTo(-32601);
    }

    @Test
    void legacyInitialize_isRecordedWithTheSessionItCreated() {
        ObjectNode params = Json.object().put("protocolVersion", "2025-06-18");
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "c").put("version", "1");
        Exchange exchange = exchange(null);
        server.handle(new JsonRpcRequest(RequestId.of("a"), "initialize", params), exchange);
        HistoryEntry entry = history().getFirst();
        assertThat(entry.era()).isEqualTo(Era.LEGACY);
        assertThat(entry.session()).isEqualTo(exchange.sessionId().orElseThrow());
        assertThat(entry.traceId()).isNull();
    }

    @Test
    void notifications_areNotRecorded() {
        server.handle(new JsonRpcNotification("notifications/initialized", null), exchange(null));
        assertThat(history()).isEmpty();
    }

    @Test
    void documents_areRecordedLikeMessages() {
        String document = Json.write(Json.object().put("jsonrpc", "2.0").put("id", 7).put("method", "tools/call")
                .set("params", modernCall("echo", Json.object().put("text", "doc"))));
        var answer = server.handleDocument(document.getBytes(StandardCharsets.UTF_8), exchange(null));
        assertThat(answer).isPresent();
        assertThat(history()).singleElement().satisfies(e -> assertThat(e.tool()).isEqualTo("echo"));
    }

    @Test
    void invalidTraceparent_isIgnored() {
        ObjectNode params = modernCall("echo", Json.object().put("text", "x"));
        ((ObjectNode) params.get("_meta")).put("traceparent", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01");
        server.handle(new JsonRpcRequest(RequestId.of(1), "tools/call", params), exchange(null));
        assertThat(history().getFirst().traceId()).isNull();
    }
}
