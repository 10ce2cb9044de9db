package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.methods.Params;
import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tasks/get}, {@code tasks/update} and {@code tasks/cancel} of the tasks extension (modern era).
 * Each needs the extension in the request's client capabilities (else -32021); a task is visible only to
 * the principal that created it, and an unknown, expired or foreign task id is -32602.
 *
 * @see <a href="https://github.com/modelcontextprotocol/experimental-ext-tasks">MCP Tasks</a>
 */
public final class TaskMethods {
    private final TaskStore store;
    private final TaskWorkers workers;

    public TaskMethods(TaskStore store, TaskWorkers workers) {
        this.store = store;
        this.workers = workers;
    }

    /** {@code tasks/get}: the DetailedTask. */
    public ObjectNode get(RequestScope scope) {
        return TaskWire.detailed(task(scope));
    }

    /** {@code tasks/update}: records answers to pending input requests; unknown keys are ignored. */
    public ObjectNode update(RequestScope scope) {
        TaskRecord task = task(scope);
        JsonNode responses = scope.params().get("inputResponses");
        if (!(responses instanceof ObjectNode answers)) {
            throw McpProtocolException.invalidParams("Invalid params: inputResponses must be an object");
        }
        store.recordResponses(task.taskId(), answers);
        return TaskWire.ack();
    }

    /** {@code tasks/cancel}: cancels an active task; acknowledges a terminal one unchanged. */
    public ObjectNode cancel(RequestScope scope) {
        TaskRecord task = task(scope);
        store.cancel(task.taskId());
        workers.cancel(task.taskId());
        return TaskWire.ack();
    }

    private TaskRecord task(RequestScope scope) {
        TasksExtension.require(scope);
        String taskId = Params.requireString(scope.params(), "taskId");
        return store.find(taskId)
                .filter(t -> t.owner().equals(scope.principal().subject()))
                .orElseThrow(() -> McpProtocolException.invalidParams("Unknown task: " + taskId));
    }
}
