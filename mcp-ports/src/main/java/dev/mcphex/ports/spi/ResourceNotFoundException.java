package dev.mcphex.ports.spi;

/** A resource reader found nothing at the URI; the engine answers with the era's not-found error. */
public class ResourceNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String uri;

    public ResourceNotFoundException(String uri) {
        super("Resource not found: " + uri, null, false, false);
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
