package dev.mcphex.domain.agents.scripted;

import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.model.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One reply of a script. Its text may name parts of the conversation, filled in when the reply is given:
 * {@code {{input}}} (the first user message), {@code {{last}}} (the latest tool outcome, else the input) and
 * {@code {{outcomes}}} (every tool outcome, one per line).
 *
 * @param text      what the model says
 * @param toolCalls the tool calls it asks for
 * @param usage     the tokens it reports, or {@code null} for an estimate (four characters a token)
 * @param delay     how long it takes to answer; zero for at once
 */
public record ScriptedReply(String text, List<ModelToolCall> toolCalls, TokenUsage usage, Duration delay) {
    public ScriptedReply {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        delay = Objects.requireNonNullElse(delay, Duration.ZERO);
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a scripted delay cannot be negative");
        }
    }

    /** A final answer. */
    public static ScriptedReply text(String text) {
        return new ScriptedReply(text, List.of(), null, Duration.ZERO);
    }

    /** A reply that asks for tools. */
    public static ScriptedReply calls(ModelToolCall... calls) {
        return new ScriptedReply("", List.of(calls), null, Duration.ZERO);
    }
}
