package dev.mcphex.adapter.openai.internal;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.LanguageModelException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Folds a streamed chat-completions answer ({@code stream: true}: server-sent events whose {@code data}
 * lines carry chunks, ending with {@code data: [DONE]}) into the JSON of an unstreamed answer, so that
 * {@link ChatCompletionsReply} reads both alike. Text deltas are concatenated; tool-call deltas are joined
 * by their {@code index} (id and name arrive once, arguments in pieces); the last chunk brings the usage.
 */
public final class ChatCompletionsStream {
    private ChatCompletionsStream() {
    }

    /** One tool call as its deltas build it up. */
    private static final class ToolCallParts {
        private String id;
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder arguments = new StringBuilder();
    }

    /**
     * @param lines the response body's lines
     * @return the answer as {@code {model, choices:[{message, finish_reason}], usage}}
     * @throws LanguageModelException if an event is unreadable, the stream reports an error, or it carries
     *                                no answer at all
     */
    public static ObjectNode fold(Iterator<String> lines) {
        StringBuilder text = new StringBuilder();
        Map<Integer, ToolCallParts> calls = new TreeMap<>();
        ObjectNode answer = Json.object();
        String finishReason = null;
        boolean anyChunk = false;
        while (lines.hasNext()) {
            String line = lines.next();
            if (!line.startsWith("data:")) {
                continue; // event names, ids, comments and the blank lines between events
            }
            String data = line.substring("data:".length()).strip();
            if (data.equals("[DONE]")) {
                break;
            }
            JsonNode chunk = chunk(data);
            anyChunk = true;
            if (chunk.has("error")) {
                throw new LanguageModelException("The model's stream reported an error: "
                        + ProviderError.messageOf(data));
            }
            if (chunk.path("model").isString()) {
                answer.put("model", chunk.get("model").stringValue());
            }
            if (chunk.get("usage") instanceof ObjectNode usage) {
                answer.set("usage", usage);
            }
            JsonNode choice = chunk.path("choices").path(0);
            JsonNode delta = choice.path("delta");
            if (delta.path("content").isString()) {
                text.append(delta.get("content").stringValue());
            }
            for (JsonNode call : delta.path("tool_calls")) {
                ToolCallParts parts = calls.computeIfAbsent(call.path("index").asInt(0), i -> new ToolCallParts());
                if (call.path("id").isString()) {
                    parts.id = call.get("id").stringValue();
                }
                JsonNode function = call.path("function");
                if (function.path("name").isString()) {
                    parts.name.append(function.get("name").stringValue());
                }
                if (function.path("arguments").isString()) {
                    parts.arguments.append(function.get("arguments").stringValue());
                }
            }
            if (choice.path("finish_reason").isString()) {
                finishReason = choice.get("finish_reason").stringValue();
            }
        }
        if (!anyChunk) {
            throw new LanguageModelException("The model's stream ended without an answer");
        }
        ObjectNode choice = answer.putArray("choices").addObject();
        ObjectNode message = choice.putObject("message").put("role", "assistant").put("content", text.toString());
        if (!calls.isEmpty()) {
            ArrayNode toolCalls = message.putArray("tool_calls");
            calls.values().forEach(parts -> {
                ObjectNode call = toolCalls.addObject().put("type", "function");
                if (parts.id != null) {
                    call.put("id", parts.id);
                }
                call.putObject("function").put("name", parts.name.toString())
                        .put("arguments", parts.arguments.toString());
            });
        }
        if (finishReason != null) {
            choice.put("finish_reason", finishReason);
        }
        return answer;
    }

    private static JsonNode chunk(String data) {
        try {
            return Json.parse(data);
        } catch (JacksonException e) {
            throw new LanguageModelException("The model's stream carried an unreadable event: "
                    + ChatCompletionsReply.abbreviate(data), e);
        }
    }
}
