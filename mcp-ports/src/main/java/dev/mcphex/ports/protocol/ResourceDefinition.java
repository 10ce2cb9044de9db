package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;

/**
 * What {@code resources/list} says about a resource.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources">Resources</a>
 */
public record ResourceDefinition(String uri, String name, String title, String description, String mimeType,
                                 Long size, Annotations annotations, List<Icon> icons) {
    public ResourceDefinition {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        UriCheck.requireAbsolute(uri, "uri");
        icons = icons == null ? List.of() : List.copyOf(icons);
    }

    public static ResourceDefinition of(String uri, String name, String description, String mimeType) {
        return new ResourceDefinition(uri, name, null, description, mimeType, null, null, null);
    }

    public ResourceDefinition withTitle(String newTitle) {
        return new ResourceDefinition(uri, name, newTitle, description, mimeType, size, annotations, icons);
    }
}
