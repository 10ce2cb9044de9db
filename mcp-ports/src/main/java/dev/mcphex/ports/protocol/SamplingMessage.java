package dev.mcphex.ports.protocol;

import java.util.Objects;

/** One message of a sampling conversation. */
public record SamplingMessage(Role role, Content content) {
    public SamplingMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static SamplingMessage user(String text) {
        return new SamplingMessage(Role.USER, Content.text(text));
    }
}
