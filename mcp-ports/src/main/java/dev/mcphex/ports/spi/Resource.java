package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ResourceDefinition;
import java.util.Objects;
import java.util.Set;

/**
 * A resource with a fixed URI.
 *
 * @param requiredScopes scopes the caller must hold, all of them, to see and read it; empty means anyone
 */
public record Resource(ResourceDefinition definition, ResourceReader reader, Set<String> requiredScopes) {
    public Resource {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(reader, "reader");
        requiredScopes = requiredScopes == null ? Set.of() : Set.copyOf(requiredScopes);
    }

    /** A resource anyone may read. */
    public Resource(ResourceDefinition definition, ResourceReader reader) {
        this(definition, reader, Set.of());
    }

    public String uri() {
        return definition.uri();
    }
}
