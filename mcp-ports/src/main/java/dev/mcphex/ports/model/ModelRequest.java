package dev.mcphex.ports.model;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One model turn's input.
 *
 * @param system           optional system instructions
 * @param messages         the conversation so far; at least one message
 * @param tools            the tools the model may ask to call; empty for none
 * @param maxTokens        the most tokens the reply may take; positive
 * @param temperature      optional sampling temperature
 * @param modelPreferences optional preferences in the shape of MCP's {@code ModelPreferences} (hints,
 *                         cost, speed and intelligence priorities); adapters use what they understand
 * @param agent            the agent whose turn this is, or {@code null} outside an agent run; for logs, and for
 *                         models that answer per agent (the scripted model)
 */
public record ModelRequest(String system, List<ModelMessage> messages, List<ModelTool> tools, int maxTokens,
                           Double temperature, JsonNode modelPreferences, String agent) {

    public ModelRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a model request needs at least one message");
        }
        tools = tools == null ? List.of() : List.copyOf(tools);
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }

    /** A turn outside any agent run. */
    public ModelRequest(String system, List<ModelMessage> messages, List<ModelTool> tools, int maxTokens,
                        Double temperature, JsonNode modelPreferences) {
        this(system, messages, tools, maxTokens, temperature, modelPreferences, null);
    }
}
