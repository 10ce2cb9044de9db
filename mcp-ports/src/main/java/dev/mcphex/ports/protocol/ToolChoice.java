package dev.mcphex.ports.protocol;

import java.util.Locale;

/**
 * How the client's model may use the tools of a sampling request ({@code toolChoice.mode}).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/sampling">Sampling</a>
 */
public enum ToolChoice {
    /** The model decides (the default). */
    AUTO,
    /** The model must call at least one tool. */
    REQUIRED,
    /** The model must not call tools. */
    NONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
