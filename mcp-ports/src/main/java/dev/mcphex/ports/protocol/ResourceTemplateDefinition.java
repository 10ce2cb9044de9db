package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;

/**
 * What {@code resources/templates/list} says about a family of resources addressed by an RFC 6570 URI template.
 */
public record ResourceTemplateDefinition(String uriTemplate, String name, String title, String description,
                                         String mimeType, Annotations annotations, List<Icon> icons) {
    public ResourceTemplateDefinition {
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        Objects.requireNonNull(name, "name");
        icons = icons == null ? List.of() : List.copyOf(icons);
    }

    public static ResourceTemplateDefinition of(String uriTemplate, String name, String description, String mimeType) {
        return new ResourceTemplateDefinition(uriTemplate, name, null, description, mimeType, null, null);
    }
}
