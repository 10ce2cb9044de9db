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
 */
public record SamplingRequest(List<SamplingMessage> messages, int maxTokens, String systemPrompt, Double temperature,
                              List<String> stopSequences, JsonNode modelPreferences) implements InputRequest {
    public SamplingRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a sampling request needs at least one message");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
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
        return capabilities.sampling();
    }

    @Override
    public String requiredCapability() {
        return "sampling";
    }
}
