package dev.mcphex.adapter.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.adapter.openai.FakeChatCompletionsServer.Answer;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.model.ModelToolCall;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The adapter against a chat-completions API on 127.0.0.1 that answers as the real one does. */
class OpenAiLanguageModelTest {
    private static final String KEY = "sk-test-secret-0123456789";
    private static final String TEXT_ANSWER = """
            {"id":"chatcmpl-1","object":"chat.completion","model":"gpt-test-2026",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Paris."},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":21,"completion_tokens":3,"total_tokens":24}}""";
    private static final String TOOL_ANSWER = """
            {"id":"chatcmpl-2","object":"chat.completion","model":"gpt-test-2026",
             "choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[
               {"id":"call_1","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Paris\\"}"}},
               {"id":"call_2","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Lyon\\"}"}}]},
              "finish_reason":"tool_calls"}],
             "usage":{"prompt_tokens":40,"completion_tokens":18,"total_tokens":58}}""";

    private final FakeChatCompletionsServer server = new FakeChatCompletionsServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiLanguageModel model(int maxRetries, boolean maxCompletionTokens) {
        return new OpenAiLanguageModel(new OpenAiSettings(URI.create(server.baseUrl()), "gpt-test", KEY, null,
                Duration.ofSeconds(5), maxRetries, Duration.ofMillis(10), maxCompletionTokens, false));
    }

    private static ObjectNode citySchema() {
        return (ObjectNode) Json.parse("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
    }

    private static ModelRequest question() {
        return new ModelRequest("Answer in one word.", List.of(ModelMessage.user("Capital of France?")), List.of(),
                50, 0.2, null);
    }

    @Test
    void textReply_isReadWithUsage_andTheRequestCarriesTheConversation() {
        server.answer(Answer.ok(TEXT_ANSWER));

        ModelReply reply = model(0, false).complete(question(), null);

        assertThat(reply.text()).isEqualTo("Paris.");
        assertThat(reply.isFinal()).isTrue();
        assertThat(reply.stopReason()).isEqualTo("endTurn");
        assertThat(reply.model()).isEqualTo("gpt-test-2026");
        assertThat(reply.usage().inputTokens()).isEqualTo(21);
        assertThat(reply.usage().outputTokens()).isEqualTo(3);

        var request = server.seen.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
        assertThat(request.contentType()).startsWith("application/json");
        ObjectNode body = request.body();
        assertThat(body.get("model").stringValue()).isEqualTo("gpt-test");
        assertThat(body.at("/messages/0/role").stringValue()).isEqualTo("system");
        assertThat(body.at("/messages/0/content").stringValue()).isEqualTo("Answer in one word.");
        assertThat(body.at("/messages/1/role").stringValue()).isEqualTo("user");
        assertThat(body.at("/messages/1/content").stringValue()).isEqualTo("Capital of France?");
        assertThat(body.get("max_tokens").intValue()).isEqualTo(50);
        assertThat(body.get("temperature").doubleValue()).isEqualTo(0.2);
        assertThat(body.has("tools")).isFalse();
        assertThat(body.has("max_completion_tokens")).isFalse();
    }

    @Test
    void toolCallReply_isParsed_andToolRoundsTravelAsToolCallsAndToolMessages() {
        server.answer(Answer.ok(TOOL_ANSWER));
        var earlierCall = new ModelToolCall("call_0", "weather", Json.object().put("city", "Nice"));
        var request = new ModelRequest(null, List.of(
                ModelMessage.user("Weather in Nice, Paris and Lyon?"),
                new ModelMessage.Assistant("", List.of(earlierCall)),
                new ModelMessage.ToolOutcome("call_0", "weather", "21 C", false),
                new ModelMessage.ToolOutcome("call_9", "weather", "no station", true)),
                List.of(new ModelTool("weather", "Weather by city", citySchema())), 200, null, null);

        ModelReply reply = model(0, true).complete(request, null);

        assertThat(reply.isFinal()).isFalse();
        assertThat(reply.text()).isEmpty();
        assertThat(reply.stopReason()).isEqualTo("toolUse");
        assertThat(reply.toolCalls()).extracting(ModelToolCall::id).containsExactly("call_1", "call_2");
        assertThat(reply.toolCalls().get(1).arguments().get("city").stringValue()).isEqualTo("Lyon");

        ObjectNode body = server.seen.getFirst().body();
        assertThat(body.at("/messages/0/role").stringValue()).isEqualTo("user");
        assertThat(body.at("/messages/1/role").stringValue()).isEqualTo("assistant");
        assertThat(body.at("/messages/1/content").isNull()).isTrue();
        assertThat(body.at("/messages/1/tool_calls/0/id").stringValue()).isEqualTo("call_0");
        assertThat(body.at("/messages/1/tool_calls/0/type").stringValue()).isEqualTo("function");
        assertThat(body.at("/messages/1/tool_calls/0/function/name").stringValue()).isEqualTo("weather");
        assertThat(Json.parse(body.at("/messages/1/tool_calls/0/function/arguments").stringValue())
                .get("city").stringValue()).isEqualTo("Nice");
        assertThat(body.at("/messages/2/role").stringValue()).isEqualTo("tool");
        assertThat(body.at("/messages/2/tool_call_id").stringValue()).isEqualTo("call_0");
        assertThat(body.at("/messages/2/content").stringValue()).isEqualTo("21 C");
        assertThat(body.at("/messages/3/content").stringValue()).isEqualTo("Error: no station");
        assertThat(body.at("/tools/0/type").stringValue()).isEqualTo("function");
        assertThat(body.at("/tools/0/function/name").stringValue()).isEqualTo("weather");
        assertThat(body.at("/tools/0/function/description").stringValue()).isEqualTo("Weather by city");
        assertThat(body.at("/tools/0/function/parameters")).isEqualTo(citySchema());
        assertThat(body.get("max_completion_tokens").intValue()).isEqualTo(200);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.has("temperature")).isFalse();
    }

    @Test
    void errorReply_isALanguageModelErrorWithTheProvidersMessage_andNeverTheKey() {
        server.answer(Answer.status(401, """
                {"error":{"message":"Incorrect API key provided: %s.","type":"invalid_request_error",
                 "code":"invalid_api_key"}}""".formatted(KEY)));

        assertThatThrownBy(() -> model(3, false).complete(question(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("Incorrect API key provided")
                .hasMessageNotContaining(KEY);
        assertThat(server.seen).hasSize(1);
    }

    @Test
    void rateLimited_isRetriedAfterRetryAfter_andThenSucceeds() {
        server.answer(new Answer(429, Map.of("Retry-After", "0"),
                        "{\"error\":{\"message\":\"Rate limit reached\"}}", Duration.ZERO),
                Answer.status(503, "{\"error\":{\"message\":\"overloaded\"}}"),
                Answer.ok(TEXT_ANSWER));

        assertThat(model(2, false).complete(question(), null).text()).isEqualTo("Paris.");
        assertThat(server.seen).hasSize(3);
    }

    @Test
    void serverErrors_areRetriedABoundedNumberOfTimes() {
        for (int i = 0; i < 5; i++) {
            server.answer(Answer.status(500, "{\"error\":{\"message\":\"The server had an error\"}}"));
        }

        assertThatThrownBy(() -> model(2, false).complete(question(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("HTTP 500 after 3 attempts")
                .hasMessageContaining("The server had an error");
        assertThat(server.seen).hasSize(3);
    }

    @Test
    void malformedToolArguments_areAClearError() {
        server.answer(Answer.ok("""
                {"model":"gpt-test","choices":[{"message":{"role":"assistant","content":null,"tool_calls":[
                  {"id":"call_1","type":"function","function":{"name":"weather","arguments":"{\\"city\\": Par"}}]},
                  "finish_reason":"tool_calls"}]}"""));

        assertThatThrownBy(() -> model(0, false).complete(question(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("arguments for tool weather are not valid JSON")
                .hasMessageContaining("Par");
    }

    @Test
    void toolArgumentsThatAreNotAnObject_areAClearError() {
        server.answer(Answer.ok("""
                {"model":"gpt-test","choices":[{"message":{"role":"assistant","tool_calls":[
                  {"id":"call_1","type":"function","function":{"name":"weather","arguments":"[1,2]"}}]},
                  "finish_reason":"tool_calls"}]}"""));

        assertThatThrownBy(() -> model(0, false).complete(question(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void anAnswerWithoutChoices_isAClearError() {
        server.answer(Answer.ok("{\"object\":\"chat.completion\",\"choices\":[]}"));

        assertThatThrownBy(() -> model(0, false).complete(question(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("no choices[0].message");
    }

    @Test
    void usageMissing_isEstimatedFromCharacters() {
        server.answer(Answer.ok("""
                {"choices":[{"message":{"role":"assistant","content":"Paris is the capital."},"finish_reason":"length"}]}"""));

        ModelReply reply = model(0, false).complete(question(), null);

        assertThat(reply.usage().outputTokens()).isEqualTo(6);
        assertThat(reply.usage().inputTokens()).isPositive();
        assertThat(reply.stopReason()).isEqualTo("maxTokens");
        assertThat(reply.model()).isEqualTo("gpt-test");
    }

    @Test
    void aSlowServer_isATimeout() {
        server.answer(new Answer(200, Map.of(), TEXT_ANSWER, Duration.ofSeconds(3)));
        var model = new OpenAiLanguageModel(new OpenAiSettings(URI.create(server.baseUrl()), "gpt-test", KEY, null,
                Duration.ofMillis(300), 0, null, false, false));

        assertThatThrownBy(() -> model.complete(question(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("did not answer within 300 ms");
    }

    @Test
    void anUnreachableHost_isAClearError() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var model = new OpenAiLanguageModel(OpenAiSettings.of("http://127.0.0.1:" + closedPort + "/v1", "m", KEY));

        assertThatThrownBy(() -> model.complete(question(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("Cannot reach")
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void settings_hideTheKey_andRefuseNonsense() {
        OpenAiSettings settings = OpenAiSettings.of("https://api.example.com/v1/", "gpt-test", KEY);

        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=****");
        assertThat(settings.chatCompletions()).hasToString("https://api.example.com/v1/chat/completions");
        assertThat(new OpenAiLanguageModel(settings).name()).isEqualTo("openai:gpt-test");
        assertThatThrownBy(() -> OpenAiSettings.of("ftp://example.com", "m", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> OpenAiSettings.of("https://example.com", " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
    }
}
