package dev.mcphex.adapter.javalin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.protocol.ToolResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpMetricsTest {
    private final McpEngine engine = Mcphex.server("weather", "1.0.0")
            .tool("forecast", "Tomorrow's forecast", (call, context) -> ToolResult.text("Sunny"))
            .build();
    private final HttpMetrics metrics = new HttpMetrics(engine);

    @AfterEach
    void close() throws Exception {
        metrics.close();
        engine.close();
    }

    @Test
    void recordRequest_countsRequestsAndErrors() {
        metrics.recordRequest("legacy", "ping", null, 1_000, false);
        metrics.recordRequest("legacy", "tools/call", "forecast", 1_000, true);
        metrics.recordRequest("modern", "prompts/get", null, 1_000, true);

        assertThat(metrics.requestCount()).isEqualTo(3);
        assertThat(metrics.errorCount()).isEqualTo(2);
        assertThat(metrics.scrape())
                .contains("mcp_request_errors_total{method=\"tools/call\"} 1.0")
                .contains("mcp_request_errors_total{method=\"prompts/get\"} 1.0");
    }

    @Test
    void unknownMethodsErasAndTools_areTaggedOther() {
        metrics.recordRequest("future", "evil/" + "x".repeat(40), "forecast", 1_000, true);
        metrics.recordRequest("modern", "tools/call", "no-such-tool", 1_000, false);
        metrics.recordRequest("modern", "notifications/made_up", null, 1_000, false);
        metrics.recordRequest("legacy", null, null, 1_000, false);

        String scrape = metrics.scrape();
        assertThat(scrape)
                .doesNotContain("evil/", "future", "no-such-tool", "made_up")
                .contains("mcp_request_duration_seconds_count{era=\"other\",method=\"other\"} 1")
                .contains("mcp_request_duration_seconds_count{era=\"modern\",method=\"other\"} 1")
                .contains("mcp_request_duration_seconds_count{era=\"legacy\",method=\"other\"} 1")
                .contains("mcp_tool_duration_seconds_count{tool=\"other\"} 1")
                .contains("mcp_tool_duration_seconds_count{tool=\"forecast\"} 1")
                .contains("mcp_request_errors_total{method=\"other\"} 1.0");
    }

    @Test
    void knownNotifications_keepTheirMethodTag() {
        metrics.recordRequest("legacy", "notifications/initialized", null, 1_000, false);

        assertThat(metrics.scrape()).contains(
                "mcp_request_duration_seconds_count{era=\"legacy\",method=\"notifications/initialized\"} 1");
    }

    @Test
    void recordHttp_countsResponsesByStatusClass() {
        metrics.recordHttp(200);
        metrics.recordHttp(202);
        metrics.recordHttp(404);
        metrics.recordHttp(503);
        metrics.recordHttp(42);
        metrics.recordHttp(101);
        metrics.recordHttp(302);
        metrics.recordHttp(599);
        metrics.recordHttp(600);

        assertThat(metrics.scrape())
                .contains("mcp_http_responses_total{status=\"1xx\"} 1.0")
                .contains("mcp_http_responses_total{status=\"3xx\"} 1.0")
                .contains("mcp_http_responses_total{status=\"2xx\"} 2.0")
                .contains("mcp_http_responses_total{status=\"4xx\"} 1.0")
                .contains("mcp_http_responses_total{status=\"5xx\"} 2.0")
                .contains("mcp_http_responses_total{status=\"other\"} 2.0");
    }

    @Test
    void streams_areCountedInAGaugeThatNeverGoesNegative() {
        metrics.streamOpened();
        metrics.streamOpened();
        metrics.streamClosed();

        assertThat(metrics.openStreams()).isEqualTo(1);
        assertThat(metrics.scrape()).contains("mcp_open_streams 1.0");

        metrics.streamClosed();
        metrics.streamClosed();
        assertThat(metrics.openStreams()).isZero();
    }

    @Test
    void scrape_includesJvmMemoryThreadAndGcMetrics() {
        assertThat(metrics.scrape())
                .contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_");
    }
}
