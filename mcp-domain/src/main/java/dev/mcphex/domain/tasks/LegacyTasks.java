package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ProtocolVersion;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Negotiation of the experimental tasks of protocol 2025-11-25 (legacy era): the server declares
 * {@code tasks} with {@code list}, {@code cancel} and {@code requests.tools.call} at {@code initialize}; a
 * {@code tools/call} runs as a task when the client declared {@code tasks} at {@code initialize}, the request
 * carries {@code params.task} and the tool's {@code execution.taskSupport} allows it.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/tasks">Tasks</a>
 */
public final class LegacyTasks {
    /** The {@code _meta} key that ties a message to its task. */
    public static final String RELATED_TASK = "io.modelcontextprotocol/related-task";

    private LegacyTasks() {
    }

    /** Whether a legacy session at {@code version} has tasks: 2025-11-25, where they were introduced. */
    public static boolean offered(ProtocolVersion version) {
        return version == ProtocolVersion.V2025_11_25;
    }

    /** Adds {@code tasks} to the capabilities of an {@code initialize} result. */
    public static void declare(ObjectNode capabilities) {
        ObjectNode tasks = capabilities.putObject("tasks");
        tasks.putObject("list");
        tasks.putObject("cancel");
        tasks.putObject("requests").putObject("tools").putObject("call");
    }

    /** Whether the session's client declared {@code tasks} at {@code initialize}. */
    static boolean clientDeclared(RequestScope scope) {
        return scope.clientCapabilities().raw().get("tasks") instanceof ObjectNode;
    }

    /**
     * Whether a legacy {@code tools/call} runs as a task. Tool-level negotiation: a task for a tool that
     * forbids tasks, or a plain call of a tool that requires one, is -32601 (Method not found).
     */
    static boolean runsAsTask(RequestScope scope, ToolDefinition tool) {
        if (!offered(scope.version())) {
            return false;
        }
        boolean requested = clientDeclared(scope) && scope.params().get("task") instanceof ObjectNode;
        if (requested && tool.taskSupport() == TaskSupport.FORBIDDEN) {
            throw new McpProtocolException(ErrorCodes.METHOD_NOT_FOUND,
                    "Method not found: tool '" + tool.name() + "' does not support task-augmented execution");
        }
        if (!requested && tool.taskSupport() == TaskSupport.REQUIRED) {
            throw new McpProtocolException(ErrorCodes.METHOD_NOT_FOUND,
                    "Method not found: tool '" + tool.name() + "' must be called as a task (params.task)");
        }
        return requested;
    }

    /** The task's time to live: the requested {@code params.task.ttl}, at most {@code limit}. */
    static long ttlMs(RequestScope scope, Duration limit) {
        JsonNode requested = scope.params().path("task").get("ttl");
        long max = limit.toMillis();
        if (requested != null && requested.isIntegralNumber() && requested.canConvertToLong()
                && requested.longValue() > 0) {
            return Math.min(requested.longValue(), max);
        }
        return max;
    }

    /** Throws -32601 unless the request's session has tasks. */
    static void require(RequestScope scope) {
        if (scope.modern() || !offered(scope.version())) {
            throw McpProtocolException.methodNotFound(scope.method());
        }
    }
}
