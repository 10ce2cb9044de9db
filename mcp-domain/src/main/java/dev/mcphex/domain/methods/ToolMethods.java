package dev.mcphex.domain.methods;

import dev.mcphex.domain.ServerSettings;
import dev.mcphex.domain.access.AccessPolicy;
import dev.mcphex.domain.access.ToolTimeouts;
import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.catalog.Page;
import dev.mcphex.domain.catalog.RegisteredTool;
import dev.mcphex.domain.exchange.Interactions;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.exchange.Round;
import dev.mcphex.domain.tasks.ToolTasks;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.ToolCall;
import java.util.List;
import java.util.concurrent.Callable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tools/list} and {@code tools/call}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools">Tools</a>
 */
public final class ToolMethods {
    private final Catalog catalog;
    private final Interactions interactions;
    private final ServerSettings settings;
    private final AccessPolicy access;
    private final ToolTimeouts timeouts;
    private final ToolTasks tasks;

    public ToolMethods(Catalog catalog, Interactions interactions, ServerSettings settings, AccessPolicy access,
                       ToolTimeouts timeouts, ToolTasks tasks) {
        this.catalog = catalog;
        this.interactions = interactions;
        this.settings = settings;
        this.access = access;
        this.timeouts = timeouts;
        this.tasks = tasks;
    }

    public ObjectNode list(RequestScope scope) {
        AccessPolicy.Visible visible = access.visibleTools(scope.principal(), catalog.tools());
        Page<RegisteredTool> page = Page.of(visible.tools(), Params.optionalString(scope.params(), "cursor"),
                settings.pageSize());
        ObjectNode result = Json.object();
        ArrayNode tools = result.putArray("tools");
        page.items().forEach(t -> tools.add(WireFormat.tool(visible.definitions().get(t.tool().name()))));
        if (page.nextCursor() != null) {
            result.put("nextCursor", page.nextCursor());
        }
        return scope.cacheable(result, settings.listTtlMs(), !visible.personal());
    }

    public ObjectNode call(RequestScope scope) throws Exception {
        String name = Params.requireString(scope.params(), "name");
        RegisteredTool tool = catalog.tool(name)
                .orElseThrow(() -> McpProtocolException.invalidParams("Unknown tool: " + name));
        access.authorize(scope.principal(), tool);
        access.throttle(scope.principal(), name);
        ObjectNode arguments = Params.optionalObject(scope.params(), "arguments");
        List<String> problems = tool.inputSchema().validate(arguments);
        if (!problems.isEmpty()) {
            return finish(scope, ToolResult.error(
                    "Invalid arguments for tool '" + name + "': " + String.join("; ", problems)));
        }
        var call = new ToolCall(name, arguments);
        if (tasks.runsAsTask(scope, tool.tool().definition())) {
            return tasks.start(scope, tool.tool(), call, (taskScope, body) -> outcome(taskScope, tool, body));
        }
        Round<ToolResult> round;
        try {
            round = timeouts.run(scope, name,
                    limited -> interactions.run(limited, name, context -> tool.tool().handler().call(call, context)));
        } catch (ToolTimeouts.TimedOutException e) {
            return finish(scope, ToolResult.error(e.getMessage()));
        } catch (Exception e) {
            return finish(scope, ToolResult.error(HandlerFailures.messageOf(e, scope, "Tool '" + name + "'")));
        }
        return switch (round) {
            case Round.NeedsInput<ToolResult> input -> input.result();
            case Round.Completed<ToolResult> done -> finish(scope, checkOutput(tool, done.value()));
        };
    }

    /** The result of a tool run as a task: its checked result, or the failure message of what it threw. */
    private static ObjectNode outcome(RequestScope scope, RegisteredTool tool, Callable<ToolResult> body) {
        ToolResult result;
        try {
            result = body.call();
        } catch (Exception e) {
            String what = "Tool '" + tool.tool().name() + "'";
            return finish(scope, ToolResult.error(HandlerFailures.messageOf(e, scope, what)));
        }
        return finish(scope, checkOutput(tool, result));
    }

    private static ToolResult checkOutput(RegisteredTool tool, ToolResult result) {
        if (result == null) {
            return new ToolResult(List.of(), null, false);
        }
        if (tool.outputSchema() == null || result.isError()) {
            return result;
        }
        String name = tool.tool().name();
        if (result.structuredContent() == null) {
            return ToolResult.error("Tool '" + name + "' declares an outputSchema but returned no structuredContent");
        }
        List<String> problems = tool.outputSchema().validate(result.structuredContent());
        if (!problems.isEmpty()) {
            return ToolResult.error("Tool '" + name + "' returned structuredContent that does not match its "
                    + "outputSchema: " + String.join("; ", problems));
        }
        return result;
    }

    private static ObjectNode finish(RequestScope scope, ToolResult result) {
        return scope.complete(WireFormat.toolResult(result));
    }
}
