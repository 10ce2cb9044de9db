package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.PromptDefinition;
import java.util.Objects;
import java.util.Set;

/**
 * A prompt: its definition, handler, optional argument completer, and the scopes a caller needs.
 *
 * @param requiredScopes scopes the caller must hold, all of them, to see and get it; empty means anyone
 */
public record Prompt(PromptDefinition definition, PromptHandler handler, Completer completer,
                     Set<String> requiredScopes) {
    public Prompt {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(handler, "handler");
        completer = completer == null ? Completer.NONE : completer;
        requiredScopes = requiredScopes == null ? Set.of() : Set.copyOf(requiredScopes);
    }

    /** A prompt anyone may get. */
    public Prompt(PromptDefinition definition, PromptHandler handler, Completer completer) {
        this(definition, handler, completer, Set.of());
    }

    public Prompt(PromptDefinition definition, PromptHandler handler) {
        this(definition, handler, Completer.NONE);
    }

    public String name() {
        return definition.name();
    }
}
