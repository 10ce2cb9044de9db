package dev.mcphex.ports.model;

import java.util.List;
import java.util.Objects;

/** One message of a model conversation. */
public sealed interface ModelMessage {

    /** Input from the user (or from the agent that handed over the work). */
    record User(String text) implements ModelMessage {
        public User {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A previous reply of the model.
     *
     * @param text      what it said; may be empty when it only asked for tools
     * @param toolCalls the tool calls it asked for
     */
    record Assistant(String text, List<ModelToolCall> toolCalls) implements ModelMessage {
        public Assistant {
            text = text == null ? "" : text;
            toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        }
    }

    /**
     * The outcome of one tool call the model asked for.
     *
     * @param callId  the {@link ModelToolCall#id()} it answers
     * @param tool    the tool's name
     * @param text    the result as text
     * @param isError whether the call failed
     */
    record ToolOutcome(String callId, String tool, String text, boolean isError) implements ModelMessage {
        public ToolOutcome {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(text, "text");
        }
    }

    static ModelMessage user(String text) {
        return new User(text);
    }
}
