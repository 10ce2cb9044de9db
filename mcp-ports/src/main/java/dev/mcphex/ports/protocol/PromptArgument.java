package dev.mcphex.ports.protocol;

import java.util.Objects;

/** An argument a prompt accepts. */
public record PromptArgument(String name, String title, String description, boolean required) {
    public PromptArgument {
        Objects.requireNonNull(name, "name");
    }

    public static PromptArgument required(String name, String description) {
        return new PromptArgument(name, null, description, true);
    }

    public static PromptArgument optional(String name, String description) {
        return new PromptArgument(name, null, description, false);
    }
}
