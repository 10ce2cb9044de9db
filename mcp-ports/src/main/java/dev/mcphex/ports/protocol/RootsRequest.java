package dev.mcphex.ports.protocol;

/** Asks the client for its roots ({@code roots/list}). */
public record RootsRequest() implements InputRequest {
    public static final RootsRequest INSTANCE = new RootsRequest();

    @Override
    public String method() {
        return "roots/list";
    }

    @Override
    public boolean supportedBy(ClientCapabilities capabilities) {
        return capabilities.roots();
    }

    @Override
    public String requiredCapability() {
        return "roots";
    }
}
