package dev.mcphex.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.SamplingMessage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.protocol.ToolChoice;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResultContent;
import dev.mcphex.ports.protocol.ToolUseContent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Sampling with tools (2025-11-25 and later): what the server writes conforms, what clients send is read. */
class SamplingWithToolsWireTest {

    private static SamplingRequest toolRound() {
        ObjectNode schema = (ObjectNode) Json.parse("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
        ObjectNode input = Json.object().put("city", "Paris");
        return new SamplingRequest(List.of(
                SamplingMessage.user("Weather in Paris?"),
                new SamplingMessage(Role.ASSISTANT, List.of(Content.text("Checking."),
                        new ToolUseContent("call-1", "weather", input))),
                new SamplingMessage(Role.USER, ToolResultContent.text("call-1", "18 C", false))),
                200, "Be brief.", null, null, null, List.of(ToolDefinition.of("weather", "Weather by city", schema)),
                ToolChoice.AUTO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-11-25", "2026-07-28"})
    void aRequestWithToolsAndToolRounds_conforms(String version) {
        ObjectNode params = WireFormat.inputRequestParams(toolRound());

        assertThat(Schemas.of(version).problems(params, "CreateMessageRequestParams")).isEmpty();
        assertThat(params.at("/toolChoice/mode").stringValue()).isEqualTo("auto");
        assertThat(params.at("/messages/1/content/1/type").stringValue()).isEqualTo("tool_use");
        assertThat(params.at("/messages/2/content/type").stringValue()).isEqualTo("tool_result");
    }

    @Test
    void aRequestWithTools_needsSamplingTools() {
        SamplingRequest request = toolRound();
        ObjectNode samplingOnly = Json.object();
        samplingOnly.putObject("sampling");
        ObjectNode withTools = Json.object();
        withTools.putObject("sampling").putObject("tools");

        assertThat(request.supportedBy(ClientCapabilities.of(samplingOnly))).isFalse();
        assertThat(request.supportedBy(ClientCapabilities.of(withTools))).isTrue();
        assertThat(request.requiredCapability()).isEqualTo("sampling.tools");
        assertThat(SamplingRequest.of("hi", 10).requiredCapability()).isEqualTo("sampling");
    }

    @Test
    void aResultWithSeveralBlocks_isReadWithItsToolUses() {
        JsonNode answer = Json.parse("""
                {"role":"assistant","model":"m","stopReason":"toolUse","content":[
                  {"type":"text","text":"Checking."},
                  {"type":"tool_use","id":"call-1","name":"weather","input":{"city":"Paris"}},
                  {"type":"tool_use","id":"call-2","name":"weather","input":{"city":"Lyon"}}]}""");

        SamplingResult result = (SamplingResult) InputResponses.decode(toolRound(), answer).orElseThrow();

        assertThat(result.text()).isEqualTo("Checking.");
        assertThat(result.toolUses()).extracting(ToolUseContent::id).containsExactly("call-1", "call-2");
        assertThat(result.toolUses().get(1).input().get("city").stringValue()).isEqualTo("Lyon");
        assertThat(result.stopReason()).isEqualTo("toolUse");
    }

    @Test
    void aToolUseWithoutInput_isAMalformedAnswer() {
        JsonNode answer = Json.parse("""
                {"role":"assistant","model":"m","content":{"type":"tool_use","id":"call-1","name":"weather"}}""");

        assertThat(InputResponses.decode(toolRound(), answer)).isEmpty();
    }

    @Test
    void toolResultsMixedWithText_areRefused() {
        assertThatThrownBy(() -> new SamplingMessage(Role.USER,
                        List.of(Content.text("Here:"), ToolResultContent.text("call-1", "18 C", false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alone");
    }
}
