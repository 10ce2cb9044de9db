package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ResourceDefinition;
import java.util.Objects;

/** A resource with a fixed URI. */
public record Resource(ResourceDefinition definition, ResourceReader reader) {
    public Resource {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(reader, "reader");
    }

    public String uri() {
        return definition.uri();
    }
}
