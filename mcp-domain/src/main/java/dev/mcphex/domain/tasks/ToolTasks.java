package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.EngineContext;
import dev.mcphex.domain.exchange.Interactions;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.exchange.Round;
import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.StagedToolHandler;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Callable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides whether a {@code tools/call} runs as a task, and starts it: the task is stored before the
 * CreateTaskResult is returned, then the tool runs on its own virtual thread with a context whose asks
 * park the task in {@code input_required} (see {@link TaskInputChannel}) and whose cancellation follows
 * {@code tasks/cancel}.
 */
public final class ToolTasks {

    /** Turns what the tool did (its result, or what it threw) into the {@code tools/call} result. */
    @FunctionalInterface
    public interface Outcome {
        /**
         * @param scope the scope the tool ran in
         * @param body  runs the tool
         * @throws dev.mcphex.ports.jsonrpc.McpProtocolException for a protocol error
         */
        ObjectNode of(RequestScope scope, Callable<ToolResult> body) throws Exception;
    }

    private final TaskStore store;
    private final TaskWorkers workers;
    private final Interactions interactions;
    private final Clock clock;
    private final Duration ttl;
    private final Duration pollInterval;
    private final TaskStatusNotifications statusNotifications;

    public ToolTasks(TaskStore store, TaskWorkers workers, Interactions interactions, Clock clock, Duration ttl,
                     Duration pollInterval, TaskStatusNotifications statusNotifications) {
        this.store = store;
        this.workers = workers;
        this.interactions = interactions;
        this.clock = clock;
        this.ttl = ttl;
        this.pollInterval = pollInterval;
        this.statusNotifications = statusNotifications;
    }

    /**
     * Whether the call runs as a task: the tool allows it and the request's client supports tasks (in the
     * legacy era, see {@link LegacyTasks}).
     *
     * @throws dev.mcphex.ports.jsonrpc.McpProtocolException -32021 if the tool requires a task and the client
     *                                                       (modern era) does not support tasks; -32601 if a
     *                                                       2025-11-25 call does not match the tool's taskSupport
     */
    public boolean runsAsTask(RequestScope scope, ToolDefinition tool) {
        if (!scope.modern()) {
            return LegacyTasks.runsAsTask(scope, tool);
        }
        if (tool.taskSupport() == TaskSupport.FORBIDDEN) {
            return false;
        }
        if (TasksExtension.negotiated(scope)) {
            return true;
        }
        if (tool.taskSupport() == TaskSupport.REQUIRED) {
            throw TasksExtension.missing();
        }
        return false;
    }

    /**
     * Starts the call as a task and returns the CreateTaskResult. A {@link StagedToolHandler} prepares first,
     * within the request: while it needs input the result is {@code input_required} and no task exists.
     */
    public ObjectNode start(RequestScope scope, Tool tool, ToolCall call, Outcome outcome) throws Exception {
        if (tool.handler() instanceof StagedToolHandler<?> staged) {
            return startStaged(scope, tool, call, staged, outcome);
        }
        return launch(scope, outcome, context -> tool.handler().call(call, context));
    }

    private <P> ObjectNode startStaged(RequestScope scope, Tool tool, ToolCall call, StagedToolHandler<P> staged,
                                       Outcome outcome) throws Exception {
        Round<P> round;
        try {
            round = interactions.run(scope, tool.name(), context -> staged.prepare(call, context));
        } catch (Exception e) {
            return outcome.of(scope, () -> {
                throw e;
            });
        }
        return switch (round) {
            case Round.NeedsInput<P> input -> input.result();
            case Round.Completed<P> prepared ->
                    launch(scope, outcome, context -> staged.finish(call, prepared.value(), context));
        };
    }

    private ObjectNode launch(RequestScope scope, Outcome outcome, Interactions.Body<ToolResult> body) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long ttlMs = scope.modern() ? ttl.toMillis() : LegacyTasks.ttlMs(scope, ttl);
        TaskRecord task = TaskRecord.working(UUID.randomUUID().toString(), scope.principal().subject(), now,
                ttlMs, pollInterval.toMillis());
        store.create(task);
        var cancellation = new Cancellation();
        var taskScope = new RequestScope(scope.id(), scope.method(), scope.params(), scope.version(),
                scope.principal(), scope.clientCapabilities(), scope.clientInfo(), null, null, cancellation,
                MessageSink.DISCARD, null);
        Duration pollEvery = pollInterval.dividedBy(2);
        McpContext context = new EngineContext(taskScope, new TaskInputChannel(store, task.taskId(),
                scope.clientCapabilities(), cancellation, pollEvery));
        workers.run(task.taskId(), cancellation, () -> outcome.of(taskScope, () -> body.run(context)));
        if (!scope.modern()) {
            statusNotifications.watch(task, scope.sessionId());
            return LegacyTaskWire.created(task);
        }
        return TaskWire.created(task);
    }
}
