package dev.mcphex.adapter.javalin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HealthCheck;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OperationsEndpointsTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(START.plusSeconds(125), ZoneOffset.UTC);

    private McpEngine engine;
    private HttpMetrics metrics;
    private OpsServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
        metrics.close();
        engine.close();
    }

    private void serve(McpEngine served, HealthCheck... checks) {
        engine = served;
        metrics = new HttpMetrics(engine);
        server = OpsServer.start(new OperationsEndpoints(engine, List.of(checks), metrics, CLOCK, START));
    }

    private static McpEngine weather() {
        ObjectNode input = Json.object().put("type", "object");
        input.putObject("properties").putObject("city").put("type", "string");
        ObjectNode output = Json.object().put("type", "object");
        output.putObject("properties").putObject("celsius").put("type", "number");
        ToolDefinition forecast = ToolDefinition.of("forecast", "Tomorrow's forecast", input)
                .withTitle("Forecast")
                .withOutputSchema(output)
                .withAnnotations(ToolAnnotations.readOnly());
        return Mcphex.server("weather", "1.2.3")
                .tool(new Tool(forecast, (call, context) -> ToolResult.text("Sunny")))
                .tool("ping-pong", "Answers pong", (call, context) -> ToolResult.text("pong"))
                .resource("file:///readme", "readme", "The read-me", "text/plain",
                        (uri, context) -> List.of(new TextResourceContents(uri, "text/plain", "hi")))
                .prompt(PromptDefinition.of("greet", "Greets"),
                        (arguments, context) -> PromptResult.of(PromptMessage.user("hello")))
                .build();
    }

    private static void assertJson(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).doesNotContain("\n");
    }

    @Test
    void apiStatus_reportsVersionUptimeProtocolVersionsCatalogueAndCounters() {
        serve(weather());
        metrics.recordRequest("modern", "tools/call", "forecast", 1_000_000, false);
        metrics.recordRequest("legacy", "tools/list", null, 1_000_000, true);
        metrics.streamOpened();

        HttpResponse<String> response = server.get("/api/status");

        assertJson(response);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("version").stringValue()).isEqualTo("1.2.3");
        assertThat(body.at("/server/name").stringValue()).isEqualTo("weather");
        assertThat(body.get("uptimeSeconds").longValue()).isEqualTo(125);
        assertThat(body.get("protocolVersions").values()).extracting(JsonNode::stringValue)
                .containsExactlyElementsOf(engine.protocolVersions())
                .isNotEmpty();
        assertThat(body.get("tools").intValue()).isEqualTo(2);
        assertThat(body.get("resources").intValue()).isEqualTo(1);
        assertThat(body.get("prompts").intValue()).isEqualTo(1);
        assertThat(body.get("sessions").longValue()).isZero();
        assertThat(body.get("inFlightRequests").intValue()).isZero();
        assertThat(body.get("openStreams").intValue()).isEqualTo(1);
        assertThat(body.get("requests").longValue()).isEqualTo(2);
        assertThat(body.get("errors").longValue()).isEqualTo(1);
    }

    @Test
    void tools_listsTheCatalogueWithOptionalFieldsOnlyWhenSet() {
        serve(weather());

        HttpResponse<String> response = server.get("/tools");

        assertJson(response);
        JsonNode tools = Json.parse(response.body()).get("tools");
        assertThat(tools.size()).isEqualTo(2);
        JsonNode forecast = tools.get(0);
        assertThat(forecast.get("name").stringValue()).isEqualTo("forecast");
        assertThat(forecast.get("title").stringValue()).isEqualTo("Forecast");
        assertThat(forecast.get("description").stringValue()).isEqualTo("Tomorrow's forecast");
        assertThat(forecast.at("/inputSchema/properties/city/type").stringValue()).isEqualTo("string");
        assertThat(forecast.at("/outputSchema/properties/celsius/type").stringValue()).isEqualTo("number");
        assertThat(forecast.at("/annotations/readOnlyHint").booleanValue()).isTrue();
        assertThat(forecast.at("/annotations/destructiveHint").booleanValue()).isFalse();
        assertThat(forecast.at("/annotations/title").isMissingNode()).isTrue();
        JsonNode pingPong = tools.get(1);
        assertThat(pingPong.get("name").stringValue()).isEqualTo("ping-pong");
        assertThat(pingPong.propertyNames()).containsExactly("name", "description", "inputSchema");
    }

    @Test
    void metrics_servesPrometheusTextWithRequestAndToolHistograms() {
        serve(weather());
        metrics.recordRequest("modern", "tools/call", "forecast", 2_000_000, false);

        HttpResponse<String> response = server.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body())
                .contains("mcp_request_duration_seconds_bucket{era=\"modern\",method=\"tools/call\",le=\"0.001\"} 0")
                .contains("mcp_request_duration_seconds_bucket{era=\"modern\",method=\"tools/call\",le=\"+Inf\"} 1")
                .contains("mcp_tool_duration_seconds_bucket{tool=\"forecast\",le=\"+Inf\"} 1")
                .contains("mcp_request_duration_seconds_count{era=\"modern\",method=\"tools/call\"} 1")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void root_servesAStatusPageWithHealthCountsAndLinks() {
        serve(weather(), Checks.reporting("redis", Health.Status.DEGRADED, "buffering"));

        HttpResponse<String> response = server.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").contains("charset=utf-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body())
                .startsWith("<!DOCTYPE html>")
                .contains("<title>weather status</title>", "Version 1.2.3", "up for 125 s")
                .contains("<strong class=\"degraded\">degraded</strong>", "buffering")
                .contains("<tr><th>Tools</th><td>2</td></tr>")
                .contains("href=\"/tools\"", "href=\"/health\"", "href=\"/metrics\"")
                .endsWith("</html>\n");
    }

    @Test
    void root_escapesAHostileServerName() {
        String hostile = "<script>alert('x')</script>&\"";
        serve(Mcphex.server(hostile, "1.0\"><img src=x onerror=alert(1)>").build(),
                Checks.reporting("<b>db</b>", Health.Status.UP, "<i>fine</i>"));

        String page = server.get("/").body();

        assertThat(page).doesNotContain("<script>", "<img", "<b>db", "<i>fine")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;")
                .contains("1.0&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;b&gt;db&lt;/b&gt;", "&lt;i&gt;fine&lt;/i&gt;");
    }
}
