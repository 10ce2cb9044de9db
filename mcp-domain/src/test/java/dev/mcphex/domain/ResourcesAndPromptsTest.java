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

class ResourcesAndPromptsTest {
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(TestFixtures.builder().build());
        client.initialize("2025-11-25", Json.object());
    }

    @Test
    void resources_andTemplates_areListed() {
        ObjectNode resources = result(client.request("resources/list", null));
        assertThat(resources.at("/resources/0/uri").stringValue()).isEqualTo("test://text");
        assertThat(resources.at("/resources/1/mimeType").stringValue()).isEqualTo("image/png");
        ObjectNode templates = result(client.request("resources/templates/list", null));
        assertThat(templates.at("/resourceTemplates/0/uriTemplate").stringValue()).isEqualTo("notes://{folder}/{id}");
    }

    @Test
    void reads_returnTextOrBlob() {
        assertThat(result(client.request("resources/read", params("{\"uri\":\"test://text\"}")))
                .at("/contents/0/text").stringValue()).isEqualTo("hello");
        assertThat(result(client.request("resources/read", params("{\"uri\":\"test://blob\"}")))
                .at("/contents/0/blob").stringValue()).isEqualTo(TestFixtures.PNG);
    }

    @Test
    void templates_matchAndExtractVariables() {
        assertThat(result(client.request("resources/read", params("{\"uri\":\"notes://inbox/42\"}")))
                .at("/contents/0/text").stringValue()).isEqualTo("note 42 in inbox");
    }

    @Test
    void unknownResource_isMinus32002_inTheLegacyEra() {
        var detail = error(client.request("resources/read", params("{\"uri\":\"notes://too/many/parts\"}")));
        assertThat(detail.code()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
        assertThat(detail.data().get("uri").stringValue()).isEqualTo("notes://too/many/parts");
    }

    @Test
    void prompts_areListedWithArguments_andRendered() {
        ObjectNode list = result(client.request("prompts/list", null));
        assertThat(list.at("/prompts/0/arguments/0/required").booleanValue()).isTrue();
        ObjectNode get = result(client.request("prompts/get", params(
                "{\"name\":\"greet\",\"arguments\":{\"name\":\"Ada\",\"tone\":\"warm\"}}")));
        assertThat(get.at("/messages/0/role").stringValue()).isEqualTo("user");
        assertThat(get.at("/messages/0/content/text").stringValue()).isEqualTo("Hello Ada (warm)");
    }

    @Test
    void promptArguments_areValidated() {
        assertThat(error(client.request("prompts/get", params("{\"name\":\"greet\"}"))).message()).contains("name");
        assertThat(error(client.request("prompts/get", params("{\"name\":\"greet\",\"arguments\":{\"name\":1}}")))
                .code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(error(client.request("prompts/get", params(
                "{\"name\":\"greet\",\"arguments\":{\"name\":\"a\",\"extra\":\"b\"}}"))).message()).contains("extra");
        assertThat(error(client.request("prompts/get", params("{\"name\":\"nope\"}"))).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
}
