package dev.mcphex.ports.protocol;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks the user to fill in a form.
 *
 * @param message         what to ask
 * @param requestedSchema a flat object schema of primitive properties, as elicitation allows
 */
public record FormElicitation(String message, ObjectNode requestedSchema) implements InputRequest {
    public FormElicitation {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestedSchema, "requestedSchema");
        JsonNode type = requestedSchema.get("type");
        if (type == null || !"object".equals(type.asString())) {
            throw new IllegalArgumentException("requestedSchema must have \"type\": \"object\"");
        }
    }

    @Override
    public String method() {
        return "elicitation/create";
    }

    @Override
    public boolean supportedBy(ClientCapabilities capabilities) {
        return capabilities.elicitationForm();
    }

    @Override
    public String requiredCapability() {
        return "elicitation";
    }
}
