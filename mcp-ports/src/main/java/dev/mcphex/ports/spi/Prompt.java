package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.PromptDefinition;
import java.util.Objects;

/** A prompt: its definition, handler and optional argument completer. */
public record Prompt(PromptDefinition definition, PromptHandler handler, Completer completer) {
    public Prompt {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(handler, "handler");
        completer = completer == null ? Completer.NONE : completer;
    }

    public Prompt(PromptDefinition definition, PromptHandler handler) {
        this(definition, handler, Completer.NONE);
    }

    public String name() {
        return definition.name();
    }
}
