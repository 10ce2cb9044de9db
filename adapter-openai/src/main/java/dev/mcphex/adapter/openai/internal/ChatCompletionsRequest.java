package dev.mcphex.adapter.openai.internal;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.model.ModelToolCall;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the body of {@code POST /chat/completions}: the system prompt as a {@code system} message, the
 * model's tool calls as {@code tool_calls} of its {@code assistant} messages (arguments as a JSON
 * string), each tool outcome as a {@code tool} message, and the tools as function definitions. MCP
 * model preferences have no counterpart there; the model is the one the settings name.
 */
public final class ChatCompletionsRequest {
    private ChatCompletionsRequest() {
    }

    /**
     * @param model               the model to ask
     * @param maxCompletionTokens whether to name the limit {@code max_completion_tokens} instead of {@code max_tokens}
     * @param stream              whether to ask for server-sent events, usage included in the last one
     */
    public static ObjectNode body(ModelRequest request, String model, boolean maxCompletionTokens, boolean stream) {
        ObjectNode body = Json.object().put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (request.system() != null && !request.system().isBlank()) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        request.messages().forEach(message -> messages.add(message(message)));
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        body.put(maxCompletionTokens ? "max_completion_tokens" : "max_tokens", request.maxTokens());
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (stream) {
            body.put("stream", true).putObject("stream_options").put("include_usage", true);
        }
        return body;
    }

    private static ObjectNode message(ModelMessage message) {
        return switch (message) {
            case ModelMessage.User user -> Json.object().put("role", "user").put("content", user.text());
            case ModelMessage.Assistant assistant -> assistant(assistant);
            case ModelMessage.ToolOutcome outcome -> Json.object().put("role", "tool")
                    .put("tool_call_id", outcome.callId())
                    // the API has no error flag for tool messages, so the text says it
                    .put("content", outcome.isError() ? "Error: " + outcome.text() : outcome.text());
        };
    }

    private static ObjectNode assistant(ModelMessage.Assistant assistant) {
        ObjectNode node = Json.object().put("role", "assistant");
        if (assistant.toolCalls().isEmpty()) {
            return node.put("content", assistant.text());
        }
        if (assistant.text().isEmpty()) {
            node.putNull("content");
        } else {
            node.put("content", assistant.text());
        }
        ArrayNode calls = node.putArray("tool_calls");
        for (ModelToolCall call : assistant.toolCalls()) {
            ObjectNode entry = calls.addObject().put("id", call.id()).put("type", "function");
            entry.putObject("function").put("name", call.name()).put("arguments", call.arguments().toString());
        }
        return node;
    }

    private static ObjectNode tool(ModelTool tool) {
        ObjectNode node = Json.object().put("type", "function");
        ObjectNode function = node.putObject("function").put("name", tool.name());
        if (!tool.description().isEmpty()) {
            function.put("description", tool.description());
        }
        function.set("parameters", tool.inputSchema());
        return node;
    }
}
