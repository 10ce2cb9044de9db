package dev.mcphex.ports.model;

import java.util.List;
import java.util.Objects;

/**
 * The model's answer to one turn.
 *
 * @param text       what it said; may be empty when it only asks for tools
 * @param toolCalls  the tool calls it asks for; empty when the reply is final
 * @param stopReason why it stopped, as the model reported it (for example {@code endTurn}, {@code toolUse},
 *                   {@code maxTokens}), or {@code null}
 * @param usage      the tokens the turn took
 * @param model      the model that answered, as it named itself
 */
public record ModelReply(String text, List<ModelToolCall> toolCalls, String stopReason, TokenUsage usage,
                         String model) {
    public ModelReply {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        usage = usage == null ? TokenUsage.NONE : usage;
        Objects.requireNonNull(model, "model");
    }

    /** Whether the model is done: it asked for no tool. */
    public boolean isFinal() {
        return toolCalls.isEmpty();
    }
}
