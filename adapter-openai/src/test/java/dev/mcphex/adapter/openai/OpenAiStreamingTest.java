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
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The adapter with {@code stream: true}, against a chat-completions API on 127.0.0.1 that streams as the real one does. */
class OpenAiStreamingTest {
    private final FakeChatCompletionsServer server = new FakeChatCompletionsServer();
    private final OpenAiLanguageModel model = new OpenAiLanguageModel(new OpenAiSettings(URI.create(server.baseUrl()),
            "gpt-test", "sk-stream", null, Duration.ofSeconds(5), 0, null, false, true));

    @AfterEach
    void stop() {
        server.close();
    }

    private static ModelRequest weatherQuestion() {
        return new ModelRequest(null, List.of(ModelMessage.user("Weather in Paris and Lyon?")),
                List.of(new ModelTool("weather", "Weather by city", (ObjectNode) Json.parse("{\"type\":\"object\"}"))),
                100, null, null);
    }

    @Test
    void streamedText_isJoined_withTheUsageOfTheLastChunk() {
        server.answer(Answer.events(
                "{\"model\":\"gpt-test-2026\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
                "{\"model\":\"gpt-test-2026\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Par\"}}]}",
                "{\"model\":\"gpt-test-2026\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"is.\"}}]}",
                "{\"model\":\"gpt-test-2026\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
                "{\"model\":\"gpt-test-2026\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2}}"));

        ModelReply reply = model.complete(new ModelRequest(null, List.of(ModelMessage.user("Capital of France?")),
                List.of(), 20, null, null), null);

        assertThat(reply.text()).isEqualTo("Paris.");
        assertThat(reply.stopReason()).isEqualTo("endTurn");
        assertThat(reply.model()).isEqualTo("gpt-test-2026");
        assertThat(reply.usage().inputTokens()).isEqualTo(9);
        assertThat(reply.usage().outputTokens()).isEqualTo(2);
        ObjectNode body = server.seen.getFirst().body();
        assertThat(body.get("stream").booleanValue()).isTrue();
        assertThat(body.at("/stream_options/include_usage").booleanValue()).isTrue();
    }

    @Test
    void streamedToolCalls_areJoinedByIndex_argumentsPieceByPiece() {
        server.answer(Answer.events(
                "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":["
                        + "{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"weather\",\"arguments\":\"\"}}]}}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"ci\"}}]}}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"ty\\\":\\\"Paris\\\"}\"}}]}}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_2\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"weather\",\"arguments\":\"{\\\"city\\\":\\\"Lyon\\\"}\"}}]}}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}"));

        ModelReply reply = model.complete(weatherQuestion(), null);

        assertThat(reply.stopReason()).isEqualTo("toolUse");
        assertThat(reply.toolCalls()).extracting(ModelToolCall::id).containsExactly("call_1", "call_2");
        assertThat(reply.toolCalls().get(0).arguments().get("city").stringValue()).isEqualTo("Paris");
        assertThat(reply.toolCalls().get(1).arguments().get("city").stringValue()).isEqualTo("Lyon");
        assertThat(reply.usage().outputTokens()).isPositive();
    }

    @Test
    void anErrorEventInTheStream_isALanguageModelError() {
        server.answer(Answer.events("{\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}"));

        assertThatThrownBy(() -> model.complete(weatherQuestion(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("stream reported an error: The server is overloaded");
    }

    @Test
    void aStreamWithoutChunks_isALanguageModelError() {
        server.answer(Answer.events());

        assertThatThrownBy(() -> model.complete(weatherQuestion(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("ended without an answer");
    }

    @Test
    void anErrorStatus_isReadAsWithoutStreaming() {
        server.answer(Answer.status(400, "{\"error\":{\"message\":\"Invalid 'messages': empty\"}}"));

        assertThatThrownBy(() -> model.complete(weatherQuestion(), null))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("HTTP 400: Invalid 'messages': empty");
    }
}
