package dev.mcphex.adapter.javalin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.ToolResult;
import org.junit.jupiter.api.Test;

class MeteredServerTest {
    private final McpEngine engine = Mcphex.server("metered", "1.0")
            .tool("ok", "Succeeds", (call, ctx) -> ToolResult.text("fine"))
            .tool("broken", "Fails", (call, ctx) -> ToolResult.error("no"))
            .build();
    private final HttpMetrics metrics = new HttpMetrics(engine);
    private final MeteredServer server = new MeteredServer(engine, metrics);

    private void modern(String method, String json) {
        var params = (tools.jackson.databind.node.ObjectNode) Json.parse(json);
        params.putObject("_meta").put("io.modelcontextprotocol/protocolVersion", "2026-07-28")
                .putObject("io.modelcontextprotocol/clientCapabilities");
        server.handle(new JsonRpcRequest(RequestId.of(1), method, params), Exchange.builder().build());
    }

    @Test
    void requests_areCountedPerMethodAndTool_andFailuresAsErrors() {
        modern("tools/call", "{\"name\":\"ok\"}");
        modern("tools/call", "{\"name\":\"broken\"}");
        modern("no/such", "{}");
        assertThat(metrics.requestCount()).isEqualTo(3);
        assertThat(metrics.errorCount()).isEqualTo(2);
        String scrape = metrics.scrape();
        assertThat(scrape).contains("mcp_tool_duration_seconds_count{tool=\"ok\"} 1")
                .contains("mcp_tool_duration_seconds_count{tool=\"broken\"} 1")
                .contains("mcp_request_duration_seconds_count{era=\"modern\",method=\"tools/call\"} 2");
    }

    @Test
    void openStreams_comeFromTheTransportOnceConnected() {
        metrics.countStreamsWith(() -> 7);
        assertThat(metrics.openStreams()).isEqualTo(7);
        assertThat(metrics.scrape()).contains("mcp_open_streams 7.0");
    }
}
