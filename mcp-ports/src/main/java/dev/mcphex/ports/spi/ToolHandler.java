package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ToolResult;

/** The code behind a tool. */
@FunctionalInterface
public interface ToolHandler {
    /**
     * Runs the tool. Exceptions become results with {@code isError: true}; a
     * {@link dev.mcphex.ports.jsonrpc.McpProtocolException} becomes a JSON-RPC error instead.
     */
    ToolResult call(ToolCall call, McpContext context) throws Exception;
}
