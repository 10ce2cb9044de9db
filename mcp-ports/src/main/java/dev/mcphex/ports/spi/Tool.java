package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ToolDefinition;
import java.util.Objects;

/** A tool: its definition and its handler. */
public record Tool(ToolDefinition definition, ToolHandler handler) {
    public Tool {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(handler, "handler");
    }

    public String name() {
        return definition.name();
    }
}
