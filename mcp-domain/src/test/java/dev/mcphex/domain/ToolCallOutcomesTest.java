package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ToolCallOutcomesTest {
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(TestFixtures.builder().build());
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
    }

    private ObjectNode call(String json) {
        return result(client.request("tools/call", params(json)));
    }

    @Test
    void validArguments_reachTheTool() {
        assertThat(call("{\"name\":\"echo\",\"arguments\":{\"text\":\"ab\",\"times\":2}}").at("/content/0/text")
                .stringValue()).isEqualTo("abab");
    }

    @Test
    void argumentsViolatingTheSchema_areAToolError_namingTheField() {
        ObjectNode wrongType = call("{\"name\":\"echo\",\"arguments\":{\"text\":5}}");
        assertThat(wrongType.get("isError").booleanValue()).isTrue();
        assertThat(wrongType.at("/content/0/text").stringValue()).contains("text");
        ObjectNode missing = call("{\"name\":\"echo\",\"arguments\":{}}");
        assertThat(missing.at("/content/0/text").stringValue()).contains("text");
        ObjectNode outOfRange = call("{\"name\":\"echo\",\"arguments\":{\"text\":\"a\",\"times\":0}}");
        assertThat(outOfRange.at("/content/0/text").stringValue()).contains("times");
    }

    @Test
    void malformedCallRequests_areProtocolErrors() {
        assertThat(error(client.request("tools/call", params("{\"name\":\"nope\"}"))).message()).contains("nope");
        assertThat(error(client.request("tools/call", params("{}"))).code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(error(client.request("tools/call", params("{\"name\":42}"))).code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(error(client.request("tools/call", params("{\"name\":\"echo\",\"arguments\":[1]}"))).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
        var arrayParams = Json.array().add("echo");
        assertThat(error(client.send(new dev.mcphex.ports.jsonrpc.JsonRpcRequest(
                dev.mcphex.ports.jsonrpc.RequestId.of(5), "tools/call", arrayParams)).orElseThrow()).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void toolFailures_becomeResultsWithTheToolsMessage() {
        ObjectNode result = call("{\"name\":\"fail\"}");
        assertThat(result.get("isError").booleanValue()).isTrue();
        assertThat(result.at("/content/0/text").stringValue()).isEqualTo("the disk is full");
    }

    @Test
    void unexpectedExceptions_leakNoDetail() {
        ObjectNode result = call("{\"name\":\"crash\"}");
        assertThat(result.get("isError").booleanValue()).isTrue();
        String text = result.at("/content/0/text").stringValue();
        assertThat(text).contains("internal error").contains("reference").doesNotContain("secret").doesNotContain("at dev.");
    }

    @Test
    void protocolExceptionsFromTools_areJsonRpcErrors() {
        var detail = error(client.request("tools/call", params("{\"name\":\"reject\"}")));
        assertThat(detail.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(detail.message()).isEqualTo("bad reference");
    }

    @Test
    void structuredContent_isValidatedAgainstTheOutputSchema() {
        ObjectNode good = call("{\"name\":\"weather\"}");
        assertThat(good.at("/structuredContent/celsius").doubleValue()).isEqualTo(21.5);
        assertThat(good.at("/content/0/text").stringValue()).isEqualTo("{\"celsius\":21.5}");
        ObjectNode bad = call("{\"name\":\"weather\",\"arguments\":{\"broken\":true}}");
        assertThat(bad.get("isError").booleanValue()).isTrue();
        assertThat(bad.at("/content/0/text").stringValue()).contains("outputSchema").contains("celsius");
    }

    @Test
    void imageContent_isSentAsBase64WithItsMimeType() {
        ObjectNode block = (ObjectNode) call("{\"name\":\"image\"}").at("/content/0");
        assertThat(block.get("type").stringValue()).isEqualTo("image");
        assertThat(block.get("mimeType").stringValue()).isEqualTo("image/png");
        assertThat(block.get("data").stringValue()).isEqualTo(TestFixtures.PNG);
    }
}
