package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.models.SamplingLanguageModel;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client's model through sampling, driven through the real engine in both eras: the test plays
 * the client, answering {@code sampling/createMessage} requests (legacy) or input requests (modern).
 */
class SamplingLanguageModelTest {
    private static final String TEXT_REPLY =
            "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"The answer is 42\"},"
                    + "\"model\":\"client-model\",\"stopReason\":\"endTurn\"}";
    private static final String TOOL_USE_REPLY = "{\"role\":\"assistant\",\"model\":\"client-model\","
            + "\"stopReason\":\"toolUse\",\"content\":[{\"type\":\"text\",\"text\":\"Let me look.\"},"
            + "{\"type\":\"tool_use\",\"id\":\"call-1\",\"name\":\"lookup\",\"input\":{\"key\":\"answer\"}}]}";

    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(TestFixtures.builder().tool(agentTool(new SamplingLanguageModel())).build());
    }

    /** A tool that runs a short model loop: it offers {@code lookup}, runs the calls asked for, answers. */
    private static Tool agentTool(LanguageModel model) {
        ModelTool lookup = new ModelTool("lookup", "Looks a key up", TestFixtures.schema(
                "{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"}},\"required\":[\"key\"]}"));
        return new Tool(ToolDefinition.of("agent",
                "Answers with the client's model", TestFixtures.schema("{\"type\":\"object\"}")), (call, ctx) -> {
            List<ModelMessage> conversation = new ArrayList<>(List.of(ModelMessage.user("What is the answer?")));
            for (int turn = 0; turn < 3; turn++) {
                ModelReply reply;
                try {
                    reply = model.complete(new ModelRequest("Be brief.", conversation, List.of(lookup), 100, null,
                            null), ctx);
                } catch (LanguageModelException e) {
                    throw new ToolExecutionException(e.getMessage(), e);
                }
                if (reply.isFinal()) {
                    ObjectNode structured = Json.object().put("text", reply.text()).put("model", reply.model())
                            .put("inputTokens", reply.usage().inputTokens())
                            .put("outputTokens", reply.usage().outputTokens());
                    return new ToolResult(List.of(Content.text(reply.text())), structured,
                            false);
                }
                conversation.add(new ModelMessage.Assistant(reply.text(), reply.toolCalls()));
                for (ModelToolCall toolCall : reply.toolCalls()) {
                    conversation.add(new ModelMessage.ToolOutcome(toolCall.id(), toolCall.name(),
                            "value of " + toolCall.arguments().get("key").stringValue() + " is 42", false));
                }
            }
            throw new ToolExecutionException("the model did not finish in 3 turns");
        });
    }

    private static ObjectNode samplingWithTools() {
        ObjectNode capabilities = Json.object();
        capabilities.putObject("sampling").putObject("tools");
        return capabilities;
    }

    @Test
    void legacyClientWithoutSamplingTools_isOfferedNoTools_andItsTextIsTheFinalReply() throws Exception {
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
        var call = CompletableFuture.supplyAsync(() -> client.request("tools/call", params("{\"name\":\"agent\"}")));
        JsonRpcRequest ask = awaitServerRequest("sampling/createMessage", 1);
        assertThat(ask.params().has("tools")).isFalse();
        assertThat(ask.params().get("systemPrompt").stringValue()).isEqualTo("Be brief.");
        assertThat(ask.params().get("maxTokens").intValue()).isEqualTo(100);
        assertThat(ask.params().at("/messages/0/content/text").stringValue()).isEqualTo("What is the answer?");
        client.send(new JsonRpcResult(ask.id(), params(TEXT_REPLY)));

        ObjectNode done = result(call.get(5, TimeUnit.SECONDS));
        assertThat(done.at("/content/0/text").stringValue()).isEqualTo("The answer is 42");
        assertThat(done.at("/structuredContent/model").stringValue()).isEqualTo("client-model");
        // "The answer is 42" is 16 characters: 4 estimated tokens
        assertThat(done.at("/structuredContent/outputTokens").longValue()).isEqualTo(4);
        assertThat(done.at("/structuredContent/inputTokens").longValue()).isPositive();
    }

    @Test
    void legacyClientWithSamplingTools_getsTheTools_andTheToolResultsOfTheNextTurn() throws Exception {
        client.initialize("2025-11-25", samplingWithTools());
        var call = CompletableFuture.supplyAsync(() -> client.request("tools/call", params("{\"name\":\"agent\"}")));
        JsonRpcRequest first = awaitServerRequest("sampling/createMessage", 1);
        assertThat(first.params().at("/tools/0/name").stringValue()).isEqualTo("lookup");
        assertThat(first.params().at("/tools/0/inputSchema/required/0").stringValue()).isEqualTo("key");
        client.send(new JsonRpcResult(first.id(), params(TOOL_USE_REPLY)));

        JsonRpcRequest second = awaitServerRequest("sampling/createMessage", 2);
        var messages = second.params().get("messages");
        assertThat(messages.size()).isEqualTo(3);
        assertThat(messages.at("/1/role").stringValue()).isEqualTo("assistant");
        assertThat(messages.at("/1/content/0/text").stringValue()).isEqualTo("Let me look.");
        assertThat(messages.at("/1/content/1/type").stringValue()).isEqualTo("tool_use");
        assertThat(messages.at("/1/content/1/input/key").stringValue()).isEqualTo("answer");
        assertThat(messages.at("/2/role").stringValue()).isEqualTo("user");
        assertThat(messages.at("/2/content/type").stringValue()).isEqualTo("tool_result");
        assertThat(messages.at("/2/content/toolUseId").stringValue()).isEqualTo("call-1");
        assertThat(messages.at("/2/content/content/0/text").stringValue()).isEqualTo("value of answer is 42");
        client.send(new JsonRpcResult(second.id(), params(TEXT_REPLY)));

        assertThat(result(call.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue())
                .isEqualTo("The answer is 42");
    }

    @Test
    void aClientThatDeclines_isALanguageModelErrorNamingItsReason() throws Exception {
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
        var call = CompletableFuture.supplyAsync(() -> client.request("tools/call", params("{\"name\":\"agent\"}")));
        JsonRpcRequest ask = awaitServerRequest("sampling/createMessage", 1);
        client.send(new JsonRpcError(ask.id(), -1, "User rejected sampling request"));

        ObjectNode failed = result(call.get(5, TimeUnit.SECONDS));
        assertThat(failed.get("isError").booleanValue()).isTrue();
        assertThat(failed.at("/content/0/text").stringValue())
                .startsWith("The client's model did not answer")
                .contains("User rejected sampling request");
    }

    @Test
    void aLegacyClientWithoutSampling_getsTheMissingCapability() {
        client.initialize("2025-11-25", Json.object());
        ObjectNode failed = result(client.request("tools/call", params("{\"name\":\"agent\"}")));
        assertThat(failed.get("isError").booleanValue()).isTrue();
        assertThat(failed.at("/content/0/text").stringValue()).contains("'sampling'");
        assertThat(client.sent).noneMatch(m -> m instanceof JsonRpcRequest);
    }

    @Test
    void aModernClientWithoutSampling_getsMinus32021() {
        var detail = error(client.modern("tools/call", params("{\"name\":\"agent\"}"), Json.object()));
        assertThat(detail.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
        assertThat(detail.data().at("/requiredCapabilities/sampling").isObject()).isTrue();
    }

    @Test
    void modernClientWithSamplingTools_answersEachTurnAsAnInputResponse() {
        ObjectNode first = result(client.modern("tools/call", params("{\"name\":\"agent\"}"), samplingWithTools()));
        assertThat(first.get("resultType").stringValue()).isEqualTo("input_required");
        String firstTurn = onlyKey(first);
        assertThat(firstTurn).startsWith("model-");
        assertThat(first.at("/inputRequests/" + firstTurn + "/method").stringValue()).isEqualTo("sampling/createMessage");
        assertThat(first.at("/inputRequests/" + firstTurn + "/params/tools/0/name").stringValue()).isEqualTo("lookup");

        ObjectNode retry = params("{\"name\":\"agent\"}");
        retry.put("requestState", first.get("requestState").stringValue());
        retry.putObject("inputResponses").set(firstTurn, params(TOOL_USE_REPLY));
        ObjectNode second = result(client.modern("tools/call", retry, samplingWithTools()));
        assertThat(second.get("resultType").stringValue()).isEqualTo("input_required");
        String secondTurn = onlyKey(second);
        assertThat(secondTurn).isNotEqualTo(firstTurn);
        assertThat(second.at("/inputRequests/" + secondTurn + "/params/messages/2/content/toolUseId").stringValue())
                .isEqualTo("call-1");

        ObjectNode last = params("{\"name\":\"agent\"}");
        last.put("requestState", second.get("requestState").stringValue());
        last.putObject("inputResponses").set(secondTurn, params(TEXT_REPLY));
        ObjectNode done = result(client.modern("tools/call", last, samplingWithTools()));
        assertThat(done.get("resultType").stringValue()).isEqualTo("complete");
        assertThat(done.at("/content/0/text").stringValue()).isEqualTo("The answer is 42");
    }

    private static String onlyKey(ObjectNode inputRequired) {
        var keys = new ArrayList<String>();
        inputRequired.get("inputRequests").propertyNames().forEach(keys::add);
        assertThat(keys).hasSize(1);
        return keys.getFirst();
    }

    @Test
    void modernClientWithoutSamplingTools_isOfferedNoTools() {
        ObjectNode first = result(client.modern("tools/call", params("{\"name\":\"agent\"}")));
        assertThat(first.at("/inputRequests/" + onlyKey(first) + "/params").has("tools")).isFalse();
    }

    /** Waits until the engine has sent {@code count} requests of {@code method}, and returns the last. */
    private JsonRpcRequest awaitServerRequest(String method, int count) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            List<JsonRpcRequest> matching = new ArrayList<>();
            for (JsonRpcMessage m : client.sent) {
                if (m instanceof JsonRpcRequest r && r.method().equals(method)) {
                    matching.add(r);
                }
            }
            if (matching.size() >= count) {
                return matching.get(count - 1);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no request number " + count + " of " + method + " was sent");
    }
}
