package dev.mcphex.ports.protocol;

import java.util.Objects;

/**
 * The name and version of a client or server implementation.
 *
 * @param name    programmatic name
 * @param version version string
 * @param title   optional display name
 */
public record Implementation(String name, String version, String title) {
    public Implementation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    public Implementation(String name, String version) {
        this(name, version, null);
    }

    public static final Implementation UNKNOWN = new Implementation("unknown", "unknown");
}
