package dev.mcphex.ports.protocol;

import java.util.Objects;

/** A resource's contents embedded in a message. */
public record EmbeddedResource(ResourceContents resource, Annotations annotations) implements Content {
    public EmbeddedResource {
        Objects.requireNonNull(resource, "resource");
    }
}
