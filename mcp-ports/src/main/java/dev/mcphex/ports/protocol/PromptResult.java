package dev.mcphex.ports.protocol;

import java.util.List;

/** The result of {@code prompts/get}. */
public record PromptResult(String description, List<PromptMessage> messages) {
    public PromptResult {
        messages = List.copyOf(messages);
    }

    public static PromptResult of(PromptMessage... messages) {
        return new PromptResult(null, List.of(messages));
    }
}
