package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ToolResult;

/**
 * A tool handler in two stages, for tools that run as tasks (tasks extension) but need some input first.
 * When the call becomes a task, {@link #prepare} runs within the request, where its asks are answered by
 * multi round-trip input on the request itself; the task is created only once it returns, and
 * {@link #finish} then runs as the task. Called any other way, both stages run in the request.
 *
 * @param <P> what the first stage hands to the second
 */
public interface StagedToolHandler<P> extends ToolHandler {

    /** Gathers what the tool needs before it can run on its own; may ask the client. */
    P prepare(ToolCall call, McpContext context) throws Exception;

    /** Does the work with what {@link #prepare} gathered. */
    ToolResult finish(ToolCall call, P prepared, McpContext context) throws Exception;

    @Override
    default ToolResult call(ToolCall call, McpContext context) throws Exception {
        return finish(call, prepare(call, context), context);
    }
}
