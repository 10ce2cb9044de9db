package dev.mcphex.ports.protocol;

import java.util.Objects;

/** One message of a prompt. */
public record PromptMessage(Role role, Content content) {
    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static PromptMessage user(Content content) {
        return new PromptMessage(Role.USER, content);
    }

    public static PromptMessage user(String text) {
        return user(Content.text(text));
    }
}
