package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.ClientRequests;
import dev.mcphex.domain.exchange.LegacyInputChannel;
import dev.mcphex.domain.exchange.RequestCancelledException;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries the input requests of a 2025-11-25 task in {@code input_required} to the client: each pending
 * request goes out as a server-to-client request on the stream of the client's {@code tasks/result}, with
 * the related-task {@code _meta}; each answer is recorded in the task, where the task's handler (waiting in
 * its {@link TaskInputChannel}, on any instance) picks it up.
 */
public final class TaskInputRelay {
    private final TaskStore store;
    private final ClientRequests clientRequests;
    private final Duration timeout;

    /**
     * @param timeout how long the client has to answer the requests of one delivery
     */
    public TaskInputRelay(TaskStore store, ClientRequests clientRequests, Duration timeout) {
        this.store = store;
        this.clientRequests = clientRequests;
        this.timeout = timeout;
    }

    /**
     * Sends the task's pending requests on the scope's stream and records the client's answers.
     *
     * @throws McpProtocolException      if the client answers with an error or not in time
     * @throws RequestCancelledException if the request that carries them is cancelled
     */
    void deliver(RequestScope scope, TaskRecord task) {
        Map<String, ClientRequests.Pending> sent = new LinkedHashMap<>();
        Map<String, String> methods = new LinkedHashMap<>();
        task.inputRequests().properties().forEach(entry -> {
            JsonNode request = entry.getValue();
            String method = request.path("method").asString("");
            ObjectNode params = request.get("params") instanceof ObjectNode p ? p.deepCopy() : Json.object();
            ClientRequests.Pending pending = clientRequests.register(scope.sessionId());
            sent.put(entry.getKey(), pending);
            methods.put(entry.getKey(), method);
            scope.sink().send(new JsonRpcRequest(pending.id(), method,
                    LegacyTaskWire.withRelatedTask(params, task.taskId())));
        });
        scope.cancellation().onCancel(() -> sent.values().forEach(p -> p.response().cancel(false)));
        long deadline = System.nanoTime() + timeout.toNanos();
        for (var entry : sent.entrySet()) {
            String method = methods.get(entry.getKey());
            switch (await(scope, entry.getValue(), deadline, method, sent)) {
                case JsonRpcResult answer -> {
                    ObjectNode responses = Json.object();
                    responses.set(entry.getKey(), answer.result());
                    store.recordResponses(task.taskId(), responses);
                }
                case JsonRpcError error -> {
                    abandon(scope, sent);
                    throw new McpProtocolException(ErrorCodes.INTERNAL_ERROR, "The client answered " + method
                            + " of task " + task.taskId() + " with an error: " + error.error().message());
                }
                default -> throw new IllegalStateException("not a response");
            }
        }
    }

    private JsonRpcMessage await(RequestScope scope, ClientRequests.Pending pending, long deadline, String method,
                                 Map<String, ClientRequests.Pending> all) {
        try {
            return pending.response().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(scope, all);
            throw new McpProtocolException(ErrorCodes.INTERNAL_ERROR, "The client did not answer " + method
                    + " within " + timeout.toSeconds() + " s");
        } catch (CancellationException e) {
            abandon(scope, all);
            throw new RequestCancelledException(scope.cancellation().isCancelled()
                    ? scope.cancellation().reason() : "session ended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(scope, all);
            throw new RequestCancelledException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Tells the client to stop working on requests whose answers no longer matter. */
    private static void abandon(RequestScope scope, Map<String, ClientRequests.Pending> all) {
        for (ClientRequests.Pending pending : all.values()) {
            if (pending.response().cancel(false)) {
                scope.sink().send(LegacyInputChannel.cancelled(pending.id()));
            }
        }
    }
}
