package dev.mcphex.ports.spi;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the authenticated subject and the scopes granted to it.
 *
 * @param subject stable id of the caller
 * @param scopes  granted scopes
 */
public record Principal(String subject, Set<String> scopes) {
    /** The caller when authentication is off. */
    public static final Principal ANONYMOUS = new Principal("anonymous", Set.of());

    public Principal {
        Objects.requireNonNull(subject, "subject");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
