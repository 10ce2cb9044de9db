package dev.mcphex.domain.tasks;

import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tasks extension's messages: the flat CreateTaskResult, the DetailedTask of {@code tasks/get} and of
 * {@code notifications/tasks}.
 */
final class TaskWire {
    private TaskWire() {
    }

    /** What {@code tools/call} returns when it created a task: {@code resultType "task"} and the task's fields. */
    static ObjectNode created(TaskRecord task) {
        return fields(Json.object().put("resultType", "task"), task);
    }

    /** What {@code tasks/get} returns: the task's fields plus its result, error or pending input requests. */
    static ObjectNode detailed(TaskRecord task) {
        ObjectNode node = fields(Json.object().put("resultType", "complete"), task);
        switch (task.status()) {
            case COMPLETED -> node.set("result", task.result());
            case FAILED -> node.set("error", task.error());
            case INPUT_REQUIRED -> node.set("inputRequests", task.inputRequests());
            case WORKING, CANCELLED -> {
            }
        }
        return node;
    }

    /**
     * The params of {@code notifications/tasks}: the DetailedTask of {@link #detailed}, without the
     * {@code resultType} that only results carry.
     */
    static ObjectNode notification(TaskRecord task) {
        ObjectNode node = detailed(task);
        node.remove("resultType");
        return node;
    }

    /** The empty acknowledgement of {@code tasks/update} and {@code tasks/cancel}. */
    static ObjectNode ack() {
        return Json.object().put("resultType", "complete");
    }

    private static ObjectNode fields(ObjectNode node, TaskRecord task) {
        node.put("taskId", task.taskId());
        node.put("status", task.status().wire());
        node.put("createdAt", task.createdAt().toString());
        node.put("lastUpdatedAt", task.lastUpdatedAt().toString());
        node.put("ttlMs", task.ttlMs());
        node.put("pollIntervalMs", task.pollIntervalMs());
        return node;
    }

    /** A JSON-RPC error object {@code {code, message, data?}}. */
    static ObjectNode error(int code, String message, JsonNode data) {
        ObjectNode error = Json.object().put("code", code).put("message", message);
        if (data != null) {
            error.set("data", data);
        }
        return error;
    }
}
