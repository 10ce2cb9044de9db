package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.RequestCancelledException;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.methods.Params;
import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStatus;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tasks/get}, {@code tasks/result}, {@code tasks/list} and {@code tasks/cancel} of protocol 2025-11-25
 * (legacy sessions at that revision only, else -32601). A task is visible only to the principal that created
 * it; an unknown, expired or foreign task id is -32602. {@code tasks/result} blocks until the task is
 * terminal, and while the task waits for input it carries the task's requests to the client on its own
 * stream (see {@link TaskInputRelay}).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/tasks">Tasks</a>
 */
public final class LegacyTaskMethods {
    private static final String CURSOR_PREFIX = "mcphex-task:";

    private final TaskStore store;
    private final TaskWorkers workers;
    private final TaskInputRelay relay;
    private final Duration pollEvery;
    private final int pageSize;

    /**
     * @param pollEvery how often {@code tasks/result} reads the store while it waits
     * @param pageSize  the most tasks one {@code tasks/list} page holds
     */
    public LegacyTaskMethods(TaskStore store, TaskWorkers workers, TaskInputRelay relay, Duration pollEvery,
                             int pageSize) {
        this.store = store;
        this.workers = workers;
        this.relay = relay;
        this.pollEvery = pollEvery;
        this.pageSize = pageSize;
    }

    /** {@code tasks/get}: the Task. */
    public ObjectNode get(RequestScope scope) {
        return LegacyTaskWire.task(task(scope));
    }

    /**
     * {@code tasks/result}: once the task is terminal, what its {@code tools/call} would have answered (the
     * result with the related-task {@code _meta}, or the JSON-RPC error).
     */
    public ObjectNode result(RequestScope scope) throws InterruptedException {
        TaskRecord task = task(scope);
        var cancelled = new CountDownLatch(1);
        scope.cancellation().onCancel(cancelled::countDown);
        while (!task.status().terminal()) {
            if (scope.cancellation().isCancelled()) {
                throw new RequestCancelledException(scope.cancellation().reason());
            }
            if (task.status() == TaskStatus.INPUT_REQUIRED) {
                relay.deliver(scope, task);
            } else {
                cancelled.await(pollEvery.toMillis(), TimeUnit.MILLISECONDS);
            }
            String taskId = task.taskId();
            task = store.find(taskId).orElseThrow(() -> unknown(taskId));
        }
        return switch (task.status()) {
            case COMPLETED -> LegacyTaskWire.withRelatedTask(task.result().deepCopy(), task.taskId());
            case FAILED -> throw new McpProtocolException(task.error().path("code").asInt(ErrorCodes.INTERNAL_ERROR),
                    task.error().path("message").asString("The task failed"), task.error().get("data"));
            case CANCELLED -> throw new McpProtocolException(ErrorCodes.INVALID_REQUEST,
                    "Task " + task.taskId() + " was cancelled and has no result");
            case WORKING, INPUT_REQUIRED -> throw new IllegalStateException("not terminal: " + task.status());
        };
    }

    /** {@code tasks/list}: the caller's tasks, newest first, a page at a time. */
    public ObjectNode list(RequestScope scope) {
        LegacyTasks.require(scope);
        String owner = scope.principal().subject();
        String cursor = Params.optionalString(scope.params(), "cursor");
        String after = null;
        if (cursor != null) {
            after = decode(cursor);
            if (store.find(after).filter(t -> t.owner().equals(owner)).isEmpty()) {
                throw McpProtocolException.invalidParams("Invalid cursor: its task no longer exists");
            }
        }
        List<TaskRecord> tasks = store.list(owner, after, pageSize + 1);
        List<TaskRecord> page = tasks.subList(0, Math.min(pageSize, tasks.size()));
        ObjectNode result = Json.object();
        ArrayNode listed = result.putArray("tasks");
        page.forEach(t -> listed.add(LegacyTaskWire.task(t)));
        if (tasks.size() > pageSize) {
            result.put("nextCursor", encode(page.getLast().taskId()));
        }
        return result;
    }

    /** {@code tasks/cancel}: cancels an active task and returns it; a terminal task is -32602. */
    public ObjectNode cancel(RequestScope scope) {
        TaskRecord task = task(scope);
        if (task.status().terminal()) {
            throw terminal(task);
        }
        String taskId = task.taskId();
        TaskRecord after = store.cancel(taskId).orElseThrow(() -> unknown(taskId));
        if (after.status() != TaskStatus.CANCELLED) {
            throw terminal(after);
        }
        workers.cancel(taskId);
        return LegacyTaskWire.task(after);
    }

    private static McpProtocolException terminal(TaskRecord task) {
        return McpProtocolException.invalidParams("Cannot cancel task: already in terminal status '"
                + LegacyTaskWire.status(task) + "'");
    }

    private TaskRecord task(RequestScope scope) {
        LegacyTasks.require(scope);
        String taskId = Params.requireString(scope.params(), "taskId");
        return store.find(taskId)
                .filter(t -> t.owner().equals(scope.principal().subject()))
                .orElseThrow(() -> unknown(taskId));
    }

    private static McpProtocolException unknown(String taskId) {
        return McpProtocolException.invalidParams("Failed to retrieve task: Task not found: " + taskId);
    }

    private static String encode(String taskId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + taskId).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX) && text.length() > CURSOR_PREFIX.length()) {
                return text.substring(CURSOR_PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            throw McpProtocolException.invalidParams("Invalid cursor: " + e.getMessage());
        }
        throw McpProtocolException.invalidParams("Invalid cursor");
    }
}
