package dev.mcphex.ports.protocol;

import java.util.Objects;

/** Text contents of a resource. */
public record TextResourceContents(String uri, String mimeType, String text) implements ResourceContents {
    public TextResourceContents {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(text, "text");
    }
}
