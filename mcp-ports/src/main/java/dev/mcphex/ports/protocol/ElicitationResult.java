package dev.mcphex.ports.protocol;

import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The user's answer to an elicitation.
 *
 * @param action  accept, decline or cancel
 * @param content the submitted values when accepted; {@code null} otherwise
 */
public record ElicitationResult(Action action, ObjectNode content) implements InputResponse {
    public ElicitationResult {
        Objects.requireNonNull(action, "action");
    }

    /** What the user did. */
    public enum Action {
        ACCEPT, DECLINE, CANCEL;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean accepted() {
        return action == Action.ACCEPT;
    }

    /** A submitted value as text, or {@code null}. */
    public String string(String field) {
        JsonNode value = content == null ? null : content.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
