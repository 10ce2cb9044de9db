package dev.mcphex.ports.protocol;

/** The two eras of MCP that one endpoint serves side by side. */
public enum Era {
    /** 2024-11-05 to 2025-11-25: initialize handshake, sessions, server-to-client requests. */
    LEGACY,
    /** 2026-07-28 and later: stateless, {@code _meta} on every request, multi round-trip requests. */
    MODERN
}
