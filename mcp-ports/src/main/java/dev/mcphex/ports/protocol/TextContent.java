package dev.mcphex.ports.protocol;

import java.util.Objects;

/** Plain text. */
public record TextContent(String text, Annotations annotations) implements Content {
    public TextContent {
        Objects.requireNonNull(text, "text");
    }
}
