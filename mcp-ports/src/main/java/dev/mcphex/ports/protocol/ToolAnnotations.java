package dev.mcphex.ports.protocol;

/**
 * Behaviour hints about a tool. Clients must not trust them from untrusted servers; they are hints.
 *
 * @param title           display name
 * @param readOnlyHint    the tool does not modify its environment
 * @param destructiveHint the tool may perform destructive updates
 * @param idempotentHint  repeating a call with the same arguments has no further effect
 * @param openWorldHint   the tool interacts with an open world of external entities
 */
public record ToolAnnotations(String title, Boolean readOnlyHint, Boolean destructiveHint, Boolean idempotentHint,
                              Boolean openWorldHint) {
    public static final ToolAnnotations NONE = new ToolAnnotations(null, null, null, null, null);

    public static ToolAnnotations readOnly() {
        return new ToolAnnotations(null, true, false, true, false);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
