package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ToolDefinition;
import java.util.Objects;
import java.util.Set;

/**
 * A tool: its definition, its handler, and the scopes a caller needs to see and call it.
 *
 * @param requiredScopes scopes the caller must hold, all of them; empty means anyone may call it
 */
public record Tool(ToolDefinition definition, ToolHandler handler, Set<String> requiredScopes) {
    public Tool {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(handler, "handler");
        requiredScopes = requiredScopes == null ? Set.of() : Set.copyOf(requiredScopes);
    }

    /** A tool anyone may call. */
    public Tool(ToolDefinition definition, ToolHandler handler) {
        this(definition, handler, Set.of());
    }

    public String name() {
        return definition.name();
    }

    /** The same tool, needing these scopes. */
    public Tool withRequiredScopes(Set<String> scopes) {
        return new Tool(definition, handler, scopes);
    }
}
