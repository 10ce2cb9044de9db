package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;

/**
 * What {@code prompts/list} says about a prompt.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts">Prompts</a>
 */
public record PromptDefinition(String name, String title, String description, List<PromptArgument> arguments,
                               List<Icon> icons) {
    public PromptDefinition {
        Objects.requireNonNull(name, "name");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("prompt " + name + " needs a description");
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        icons = icons == null ? List.of() : List.copyOf(icons);
    }

    public static PromptDefinition of(String name, String description, PromptArgument... arguments) {
        return new PromptDefinition(name, null, description, List.of(arguments), null);
    }
}
