package dev.mcphex.domain.agents.scripted;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.model.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a script for {@link ScriptedLanguageModel} from JSON:
 * <pre>{@code
 * {"agents": {
 *    "researcher": [
 *      {"toolCalls": [{"name": "blackboard_write", "arguments": {"key": "facts", "value": "..."}}]},
 *      {"text": "Facts for {{input}} are on the blackboard", "usage": {"inputTokens": 120, "outputTokens": 30}}
 *    ],
 *    "*": [{"text": "Done: {{input}}"}]}}
 * }</pre>
 * Each reply has an optional {@code text}, {@code toolCalls} (each with {@code name}, optional {@code id} and
 * {@code arguments}), {@code usage} and {@code delayMs}.
 */
public final class ScriptFile {
    private ScriptFile() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the script
     */
    public static ScriptedLanguageModel parse(String json) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the agent script is not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(root.get("agents") instanceof ObjectNode agents)) {
            throw new IllegalArgumentException("the agent script needs an \"agents\" object of reply lists");
        }
        Map<String, List<ScriptedReply>> scripts = new LinkedHashMap<>();
        for (var entry : agents.properties()) {
            if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
                throw new IllegalArgumentException("the script of agent '" + entry.getKey()
                        + "' must be a non-empty list of replies");
            }
            List<ScriptedReply> replies = new ArrayList<>();
            int index = 0;
            for (JsonNode reply : entry.getValue()) {
                index++;
                replies.add(reply(reply, entry.getKey() + " reply " + index));
            }
            scripts.put(entry.getKey(), replies);
        }
        return new ScriptedLanguageModel(scripts);
    }

    private static ScriptedReply reply(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be an object");
        }
        List<ModelToolCall> calls = new ArrayList<>();
        for (JsonNode call : node.path("toolCalls")) {
            String name = call.path("name").asString("");
            if (name.isEmpty()) {
                throw new IllegalArgumentException(where + ": every tool call needs a name");
            }
            JsonNode arguments = call.get("arguments");
            if (arguments != null && !arguments.isObject()) {
                throw new IllegalArgumentException(where + ": the arguments of " + name + " must be an object");
            }
            calls.add(new ModelToolCall(call.path("id").asString(""), name, (ObjectNode) arguments));
        }
        TokenUsage usage = null;
        if (node.has("usage")) {
            usage = new TokenUsage(node.path("usage").path("inputTokens").asLong(0),
                    node.path("usage").path("outputTokens").asLong(0));
        }
        long delay = node.path("delayMs").asLong(0);
        if (delay < 0) {
            throw new IllegalArgumentException(where + ": delayMs cannot be negative");
        }
        return new ScriptedReply(node.path("text").asString(""), calls, usage, Duration.ofMillis(delay));
    }
}
