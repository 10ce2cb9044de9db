package dev.mcphex.ports.spi;

/**
 * A handler asked the client for something it did not declare it can do (elicitation, sampling, roots).
 * Handlers may let it propagate: the engine turns it into the era's error.
 */
public class MissingClientCapabilityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String capability;

    /**
     * @param capability the capability path, such as {@code sampling} or {@code elicitation.url}
     */
    public MissingClientCapabilityException(String capability) {
        super("The client did not declare the '" + capability + "' capability", null, false, false);
        this.capability = capability;
    }

    public String capability() {
        return capability;
    }
}
