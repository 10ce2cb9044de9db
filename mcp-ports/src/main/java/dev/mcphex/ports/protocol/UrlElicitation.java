package dev.mcphex.ports.protocol;

import java.util.Objects;

/**
 * Asks the user to visit a URL, for interactions that must not pass through the client
 * (credentials, payments); 2025-11-25 and later.
 *
 * @param message       why the user should visit it
 * @param url           where to go
 * @param elicitationId an id the server uses to recognise completion
 */
public record UrlElicitation(String message, String url, String elicitationId) implements InputRequest {
    public UrlElicitation {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(elicitationId, "elicitationId");
    }

    @Override
    public String method() {
        return "elicitation/create";
    }

    @Override
    public boolean supportedBy(ClientCapabilities capabilities) {
        return capabilities.elicitationUrl();
    }

    @Override
    public String requiredCapability() {
        return "elicitation.url";
    }
}
