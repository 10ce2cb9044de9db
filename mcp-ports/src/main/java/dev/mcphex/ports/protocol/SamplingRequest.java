package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Asks the client's model for a completion ({@code sampling/createMessage}).
 *
 * @param messages         the conversation so far
 * @param maxTokens        the most tokens to generate; positive
 * @param systemPrompt     optional system prompt
 * @param temperature      optional temperature
 * @param stopSequences    optional stop sequences
 * @param modelPreferences optional model preferences, as the specification's JSON object
 * @param tools            tools the model may ask to call (2025-11-25 and later); empty for none. Only a client
 *                         that declared {@code sampling.tools} can answer a request that offers tools
 * @param toolChoice       how the model may use the tools, or {@code null} for the client's default (auto)
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/sampling">Sampling</a>
 */
public record SamplingRequest(List<SamplingMessage> messages, int maxTokens, String systemPrompt, Double temperature,
                              List<String> stopSequences, JsonNode modelPreferences, List<ToolDefinition> tools,
                              ToolChoice toolChoice) implements InputRequest {
    public SamplingRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a sampling request needs at least one message");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }

    /** A request that offers no tools. */
    public SamplingRequest(List<SamplingMessage> messages, int maxTokens, String systemPrompt, Double temperature,
                           List<String> stopSequences, JsonNode modelPreferences) {
        this(messages, maxTokens, systemPrompt, temperature, stopSequences, modelPreferences, null, null);
    }

    /** A single user message. */
    public static SamplingRequest of(String userText, int maxTokens) {
        return new SamplingRequest(List.of(SamplingMessage.user(userText)), maxTokens, null, null, null, null);
    }

    @Override
    public String method() {
        return "sampling/createMessage";
    }

    @Override
    public boolean supportedBy(ClientCapabilities capabilities) {
        return usesTools() ? capabilities.samplingTools() : capabilities.sampling();
    }

    @Override
    public String requiredCapability() {
        return usesTools() ? "sampling.tools" : "sampling";
    }

    /** Whether the request offers tools or says how to use them, which needs {@code sampling.tools}. */
    public boolean usesTools() {
        return !tools.isEmpty() || toolChoice != null;
    }
}
