package dev.mcphex.ports.driven;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an operator configured one tool, over what its code declares.
 *
 * @param tool                the tool's name
 * @param enabled             whether clients may see and call it
 * @param requiredScopes      scopes a caller needs, in addition to those the code declares
 * @param descriptionOverride a description to show instead of the code's, or {@code null}
 * @param settings            free-form settings the tool may read
 * @param updatedAt           when it last changed
 */
public record ToolConfiguration(String tool, boolean enabled, Set<String> requiredScopes, String descriptionOverride,
                                ObjectNode settings, Instant updatedAt) {
    public ToolConfiguration {
        Objects.requireNonNull(tool, "tool");
        requiredScopes = requiredScopes == null ? Set.of() : Set.copyOf(requiredScopes);
        settings = settings == null ? JsonNodeFactory.instance.objectNode() : settings;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The configuration of a tool nobody configured: enabled, nothing added. */
    public static ToolConfiguration defaults(String tool) {
        return new ToolConfiguration(tool, true, Set.of(), null, null, Instant.EPOCH);
    }
}
