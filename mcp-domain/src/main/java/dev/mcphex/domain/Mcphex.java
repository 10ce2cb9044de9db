package dev.mcphex.domain;

/**
 * Where embedding starts:
 * <pre>{@code
 * McpEngine server = Mcphex.server("weather", "1.0.0")
 *         .tool("forecast", "Tomorrow's forecast", (call, context) -> ToolResult.text("Sunny"))
 *         .build();
 * }</pre>
 * Hand the engine to a transport (stdio, HTTP) to serve it.
 */
public final class Mcphex {
    private Mcphex() {
    }

    /** A builder for a server with this name and version. */
    public static McpServerBuilder server(String name, String version) {
        return new McpServerBuilder(name, version);
    }
}
