package dev.mcphex.ports.protocol;

import java.util.Objects;

/** A root the client exposes, such as a project directory. */
public record Root(String uri, String name) {
    public Root {
        Objects.requireNonNull(uri, "uri");
    }
}
