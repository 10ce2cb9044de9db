package dev.mcphex.adapter.openai.internal;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.model.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a chat-completions answer: {@code choices[0].message} (text and {@code tool_calls}, whose
 * arguments are a JSON string), {@code finish_reason} and {@code usage}. Finish reasons become the
 * names MCP sampling uses ({@code stop} is {@code endTurn}, {@code tool_calls} is {@code toolUse},
 * {@code length} is {@code maxTokens}); others pass unchanged. A server that reports no usage is
 * counted at one token per four characters of the request body and the reply.
 */
public final class ChatCompletionsReply {
    private static final int CHARACTERS_PER_TOKEN = 4;

    private ChatCompletionsReply() {
    }

    /**
     * @param body          the response body
     * @param requestBody   the request body, for the usage estimate
     * @param fallbackModel the model to name when the answer names none
     * @throws LanguageModelException if the body is not a readable answer
     */
    public static ModelReply parse(String body, String requestBody, String fallbackModel) {
        JsonNode root;
        try {
            root = Json.parse(body);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new LanguageModelException("The model's answer is not JSON: " + abbreviate(body), e);
        }
        return parse(root, requestBody, fallbackModel);
    }

    /** Reads an answer already parsed, or folded from a stream by {@link ChatCompletionsStream}. */
    public static ModelReply parse(JsonNode root, String requestBody, String fallbackModel) {
        String body = root.toString();
        JsonNode choice = root.path("choices").path(0);
        if (!(choice.get("message") instanceof ObjectNode message)) {
            throw new LanguageModelException("The model's answer has no choices[0].message: " + abbreviate(body));
        }
        String text = message.path("content").isString() ? message.get("content").stringValue() : "";
        List<ModelToolCall> calls = toolCalls(message);
        String stopReason = stopReason(choice.path("finish_reason").asString(null));
        String model = root.path("model").isString() ? root.get("model").stringValue() : fallbackModel;
        return new ModelReply(text, calls, stopReason, usage(root.get("usage"), requestBody, text, calls), model);
    }

    private static List<ModelToolCall> toolCalls(ObjectNode message) {
        JsonNode calls = message.get("tool_calls");
        if (calls == null || calls.isNull()) {
            return List.of();
        }
        List<ModelToolCall> parsed = new ArrayList<>();
        for (JsonNode call : calls) {
            JsonNode function = call.path("function");
            String name = function.path("name").asString(null);
            String id = call.path("id").asString(null);
            if (name == null || name.isEmpty() || id == null) {
                throw new LanguageModelException("The model asked for a tool call without id or name: " + call);
            }
            parsed.add(new ModelToolCall(id, name, arguments(name, function.get("arguments"))));
        }
        return parsed;
    }

    private static ObjectNode arguments(String tool, JsonNode raw) {
        if (raw == null || raw.isNull()) {
            return Json.object();
        }
        if (raw instanceof ObjectNode object) {
            return object;
        }
        String text = raw.isString() ? raw.stringValue() : raw.toString();
        if (text.isBlank()) {
            return Json.object();
        }
        try {
            if (Json.parse(text) instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException | IllegalArgumentException e) {
            throw new LanguageModelException("The model's arguments for tool " + tool + " are not valid JSON: "
                    + abbreviate(text), e);
        }
        throw new LanguageModelException("The model's arguments for tool " + tool + " are not a JSON object: "
                + abbreviate(text));
    }

    private static String stopReason(String finishReason) {
        if (finishReason == null) {
            return null;
        }
        return switch (finishReason) {
            case "stop" -> "endTurn";
            case "tool_calls", "function_call" -> "toolUse";
            case "length" -> "maxTokens";
            default -> finishReason;
        };
    }

    private static TokenUsage usage(JsonNode usage, String requestBody, String text, List<ModelToolCall> calls) {
        if (usage != null && usage.path("prompt_tokens").isNumber() && usage.path("completion_tokens").isNumber()) {
            return new TokenUsage(usage.get("prompt_tokens").asLong(), usage.get("completion_tokens").asLong());
        }
        long written = text.length();
        for (ModelToolCall call : calls) {
            written += call.name().length() + call.arguments().toString().length();
        }
        return new TokenUsage(estimate(requestBody.length()), estimate(written));
    }

    private static long estimate(long characters) {
        return (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
