package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.annotations.McpParam;
import dev.mcphex.ports.spi.annotations.McpPrompt;
import dev.mcphex.ports.spi.annotations.McpResource;
import dev.mcphex.ports.spi.annotations.McpTool;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class AnnotatedServerTest {

    public record Forecast(String city, double celsius) {
    }

    public static class Weather {
        @McpTool(description = "Tomorrow's forecast for a city")
        public Forecast forecast(@McpParam(description = "City name") String city, Optional<Integer> days,
                                 McpContext context) {
            context.progress(1, 1.0, null);
            return new Forecast(city, 20.5 + days.orElse(0));
        }

        @McpResource(uri = "weather://{city}/today", description = "Today's weather", mimeType = "text/plain")
        public String today(String city) {
            return "Sunny in " + city;
        }

        @McpPrompt(description = "Asks about the weather")
        public String ask(@McpParam(description = "City") String city) {
            return "What is the weather in " + city + "?";
        }
    }

    @Test
    void annotatedBean_servesToolsResourcesAndPrompts_overTheWire() {
        var client = new EngineHarness(Mcphex.server("weather", "1.0").annotated(new Weather()).build());
        client.initialize("2025-11-25", Json.object());

        ObjectNode tool = (ObjectNode) result(client.request("tools/list", null)).at("/tools/0");
        assertThat(tool.get("name").stringValue()).isEqualTo("forecast");
        assertThat(tool.at("/inputSchema/required").toString()).isEqualTo("[\"city\"]");
        assertThat(tool.at("/outputSchema/properties/celsius/type").stringValue()).isEqualTo("number");

        ObjectNode call = result(client.request("tools/call", params(
                "{\"name\":\"forecast\",\"arguments\":{\"city\":\"Oslo\",\"days\":2}}")));
        assertThat(call.at("/structuredContent/celsius").doubleValue()).isEqualTo(22.5);
        assertThat(call.has("isError")).isFalse();

        ObjectNode invalid = result(client.request("tools/call", params(
                "{\"name\":\"forecast\",\"arguments\":{\"city\":7}}")));
        assertThat(invalid.get("isError").booleanValue()).isTrue();
        assertThat(invalid.at("/content/0/text").stringValue()).contains("city");

        assertThat(result(client.request("resources/read", params("{\"uri\":\"weather://Oslo/today\"}")))
                .at("/contents/0/text").stringValue()).isEqualTo("Sunny in Oslo");
        assertThat(result(client.request("prompts/get", params("{\"name\":\"ask\",\"arguments\":{\"city\":\"Rome\"}}")))
                .at("/messages/0/content/text").stringValue()).isEqualTo("What is the weather in Rome?");
    }

    @Test
    void duplicateNamesAcrossBeans_failAtBuild() {
        var builder = Mcphex.server("weather", "1.0").annotated(new Weather()).annotated(new Weather());
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    }
}
