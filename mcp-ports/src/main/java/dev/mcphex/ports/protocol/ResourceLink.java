package dev.mcphex.ports.protocol;

import java.util.Objects;

/** A link to a resource the client may read; it need not appear in {@code resources/list}. */
public record ResourceLink(String uri, String name, String title, String description, String mimeType, Long size,
                           Annotations annotations) implements Content {
    public ResourceLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }

    public static ResourceLink of(String uri, String name) {
        return new ResourceLink(uri, name, null, null, null, null, null);
    }
}
