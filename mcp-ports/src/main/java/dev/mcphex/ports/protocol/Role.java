package dev.mcphex.ports.protocol;

import java.util.Locale;

/** The sender of a message in a prompt or a sampling conversation. */
public enum Role {
    USER, ASSISTANT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String wire) {
        return switch (wire) {
            case "user" -> USER;
            case "assistant" -> ASSISTANT;
            default -> throw new IllegalArgumentException("unknown role: " + wire);
        };
    }
}
