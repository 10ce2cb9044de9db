package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.spi.Principal;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MultiRoundTripTest {
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(TestFixtures.builder()
                .prompt(PromptDefinition.of("context_prompt", "Asks for context first"), (args, ctx) -> {
                    var answer = ctx.elicit("user_context", new FormElicitation("Context?", TestFixtures.schema(
                            "{\"type\":\"object\",\"properties\":{\"context\":{\"type\":\"string\"}}}")));
                    return PromptResult.of(PromptMessage.user("Context: " + answer.string("context")));
                })
                .build());
    }

    private static ObjectNode call(String tool) {
        return Json.object().put("name", tool);
    }

    @Test
    void firstRound_isInputRequired_withTheRequest_andAState() {
        ObjectNode result = result(client.modern("tools/call", call("ask_name")));
        assertThat(result.get("resultType").stringValue()).isEqualTo("input_required");
        assertThat(result.at("/inputRequests/user_name/method").stringValue()).isEqualTo("elicitation/create");
        assertThat(result.at("/inputRequests/user_name/params/message").stringValue()).isEqualTo("What is your name?");
        assertThat(result.get("requestState").stringValue()).startsWith("v1.");
    }

    @Test
    void retryWithTheAnswer_completes() {
        ObjectNode first = result(client.modern("tools/call", call("ask_name")));
        ObjectNode retry = call("ask_name");
        retry.put("requestState", first.get("requestState").stringValue());
        retry.set("inputResponses", params("{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Alice\"}}}"));
        ObjectNode done = result(client.modern("tools/call", retry));
        assertThat(done.get("resultType").stringValue()).isEqualTo("complete");
        assertThat(done.at("/content/0/text").stringValue()).isEqualTo("Hello, Alice!");
    }

    @Test
    void answersWithoutState_areUsed_andUnexpectedKeysIgnored() {
        ObjectNode request = call("ask_name");
        request.set("inputResponses", params("{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Bo\"}},"
                + "\"unknown_extra_key\":{\"x\":1}}"));
        assertThat(result(client.modern("tools/call", request)).at("/content/0/text").stringValue())
                .isEqualTo("Hello, Bo!");
    }

    @Test
    void missingOrMalformedAnswers_areAskedForAgain() {
        for (String responses : new String[] {"{\"wrong_key\":{\"action\":\"accept\"}}", "{\"user_name\":12345}",
                "{\"user_name\":{\"action\":\"maybe\"}}"}) {
            ObjectNode request = call("ask_name");
            request.set("inputResponses", params(responses));
            ObjectNode result = result(client.modern("tools/call", request));
            assertThat(result.get("resultType").stringValue()).as(responses).isEqualTo("input_required");
            assertThat(result.has("inputRequests")).isTrue();
        }
        ObjectNode nullResponses = call("ask_name");
        nullResponses.putNull("inputResponses");
        assertThat(result(client.modern("tools/call", nullResponses)).get("resultType").stringValue())
                .isEqualTo("input_required");
    }

    @Test
    void multipleRounds_eachCarryANewState_andEarlierAnswersSurvive() {
        ObjectNode r1 = result(client.modern("tools/call", call("two_steps")));
        assertThat(r1.at("/inputRequests/step1").isObject()).isTrue();
        ObjectNode retry1 = call("two_steps");
        retry1.put("requestState", r1.get("requestState").stringValue());
        retry1.set("inputResponses", params("{\"step1\":{\"action\":\"accept\",\"content\":{\"name\":\"Alice\"}}}"));
        ObjectNode r2 = result(client.modern("tools/call", retry1));
        assertThat(r2.get("resultType").stringValue()).isEqualTo("input_required");
        assertThat(r2.at("/inputRequests/step2").isObject()).isTrue();
        assertThat(r2.at("/inputRequests/step1").isMissingNode()).isTrue();
        assertThat(r2.get("requestState").stringValue()).isNotEqualTo(r1.get("requestState").stringValue());
        ObjectNode retry2 = call("two_steps");
        retry2.put("requestState", r2.get("requestState").stringValue());
        retry2.set("inputResponses", params("{\"step2\":{\"action\":\"accept\",\"content\":{\"color\":\"blue\"}}}"));
        assertThat(result(client.modern("tools/call", retry2)).at("/content/0/text").stringValue())
                .isEqualTo("Alice likes blue");
    }

    @Test
    void tamperedState_isRejected() {
        ObjectNode first = result(client.modern("tools/call", call("ask_name")));
        ObjectNode retry = call("ask_name");
        retry.put("requestState", first.get("requestState").stringValue() + "-TAMPERED");
        retry.set("inputResponses", params("{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Eve\"}}}"));
        var detail = error(client.modern("tools/call", retry));
        assertThat(detail.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(detail.data().get("reason").stringValue()).isEqualTo("invalid_request_state");
    }

    @Test
    void state_isBoundToTheToolAndTheCaller() {
        String state = result(client.modern("tools/call", call("ask_name"))).get("requestState").stringValue();
        ObjectNode otherTool = call("two_steps");
        otherTool.put("requestState", state);
        assertThat(error(client.modern("tools/call", otherTool)).code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        ObjectNode sameTool = call("ask_name");
        sameTool.put("requestState", state);
        client.as(new Principal("someone-else", Set.of()));
        assertThat(error(client.modern("tools/call", sameTool)).code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void askingForAnUndeclaredCapability_isMinus32021_namingIt() {
        var detail = error(client.modern("tools/call", call("ask_model"), Json.object()));
        assertThat(detail.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
        assertThat(detail.data().at("/requiredCapabilities/sampling").isObject()).isTrue();
    }

    @Test
    void samplingAndRoots_becomeInputRequests() {
        ObjectNode sampling = result(client.modern("tools/call", call("ask_model")));
        assertThat(sampling.at("/inputRequests/question/method").stringValue()).isEqualTo("sampling/createMessage");
        assertThat(sampling.at("/inputRequests/question/params/maxTokens").intValue()).isEqualTo(50);
        ObjectNode roots = result(client.modern("tools/call", call("list_roots")));
        assertThat(roots.at("/inputRequests/roots-1/method").stringValue()).isEqualTo("roots/list");
        ObjectNode retry = call("list_roots");
        retry.put("requestState", roots.get("requestState").stringValue());
        retry.set("inputResponses", params("{\"roots-1\":{\"roots\":[{\"uri\":\"file:///x\",\"name\":\"X\"}]}}"));
        assertThat(result(client.modern("tools/call", retry)).at("/content/0/text").stringValue()).isEqualTo("1 roots");
    }

    @Test
    void prompts_canAskToo() {
        ObjectNode first = result(client.modern("prompts/get", call("context_prompt")));
        assertThat(first.get("resultType").stringValue()).isEqualTo("input_required");
        ObjectNode retry = call("context_prompt");
        retry.put("requestState", first.get("requestState").stringValue());
        retry.set("inputResponses", params("{\"user_context\":{\"action\":\"accept\",\"content\":{\"context\":\"tests\"}}}"));
        ObjectNode done = result(client.modern("prompts/get", retry));
        assertThat(done.at("/messages/0/content/text").stringValue()).isEqualTo("Context: tests");
        assertThat(done.get("resultType").stringValue()).isEqualTo("complete");
    }

    @Test
    void listRequests_neverAskForInput() {
        assertThat(result(client.modern("tools/list", null)).get("resultType").stringValue()).isEqualTo("complete");
        assertThat(result(client.modern("prompts/list", null)).get("resultType").stringValue()).isEqualTo("complete");
    }
}
