package dev.mcphex.ports.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The MCP protocol revisions this server speaks. */
public enum ProtocolVersion {
    V2024_11_05("2024-11-05", Era.LEGACY),
    V2025_03_26("2025-03-26", Era.LEGACY),
    V2025_06_18("2025-06-18", Era.LEGACY),
    V2025_11_25("2025-11-25", Era.LEGACY),
    V2026_07_28("2026-07-28", Era.MODERN);

    /** The newest revision that uses the initialize handshake. */
    public static final ProtocolVersion LATEST_LEGACY = V2025_11_25;
    /** The newest revision. */
    public static final ProtocolVersion LATEST = V2026_07_28;

    /** Every revision, oldest first: {@link #parse} runs on every request, and {@code values()} copies. */
    private static final ProtocolVersion[] ALL = values();

    private final String id;
    private final Era era;

    ProtocolVersion(String id, Era era) {
        this.id = id;
        this.era = era;
    }

    /** The revision's date string as it appears on the wire. */
    public String id() {
        return id;
    }

    public Era era() {
        return era;
    }

    /** JSON-RPC batching was allowed in 2025-03-26 only. */
    public boolean allowsBatches() {
        return this == V2025_03_26;
    }

    public boolean atLeast(ProtocolVersion other) {
        return compareTo(other) >= 0;
    }

    /** The revision whose wire id is {@code id}; empty for {@code null} or an id this server does not speak. */
    public static Optional<ProtocolVersion> parse(String id) {
        if (id != null) {
            for (ProtocolVersion version : ALL) {
                if (version.id.equals(id)) {
                    return Optional.of(version);
                }
            }
        }
        return Optional.empty();
    }

    /** The wire ids of every revision of one era, oldest first. */
    public static List<String> ids(Era era) {
        return Arrays.stream(ALL).filter(v -> v.era == era).map(ProtocolVersion::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
