package dev.mcphex.ports.protocol;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a client declared it can do: at {@code initialize} in the legacy era, in every request's
 * {@code _meta} in the modern era. Kept as the JSON the client sent, so unknown keys survive.
 *
 * @param raw the capabilities object
 */
public record ClientCapabilities(ObjectNode raw) {
    public static final ClientCapabilities NONE = new ClientCapabilities(JsonNodeFactory.instance.objectNode());

    public ClientCapabilities {
        Objects.requireNonNull(raw, "raw");
    }

    public boolean sampling() {
        return raw.get("sampling") instanceof ObjectNode;
    }

    /** Sampling with {@code tools} and {@code toolChoice} (2025-11-25 and later). */
    public boolean samplingTools() {
        return raw.get("sampling") instanceof ObjectNode s && s.get("tools") instanceof ObjectNode;
    }

    public boolean roots() {
        return raw.get("roots") instanceof ObjectNode;
    }

    /** Form-mode elicitation: an empty {@code elicitation} object means form mode only. */
    public boolean elicitationForm() {
        if (!(raw.get("elicitation") instanceof ObjectNode e)) {
            return false;
        }
        return e.isEmpty() || e.get("form") instanceof ObjectNode;
    }

    /** URL-mode elicitation (2025-11-25 and later). */
    public boolean elicitationUrl() {
        return raw.get("elicitation") instanceof ObjectNode e && e.get("url") instanceof ObjectNode;
    }

    /** Whether the client declared an extension, such as {@code io.modelcontextprotocol/tasks}. */
    public boolean extension(String id) {
        JsonNode extensions = raw.get("extensions");
        return extensions instanceof ObjectNode o && o.get(id) instanceof ObjectNode;
    }

    public static ClientCapabilities of(JsonNode node) {
        return node instanceof ObjectNode o ? new ClientCapabilities(o) : NONE;
    }
}
