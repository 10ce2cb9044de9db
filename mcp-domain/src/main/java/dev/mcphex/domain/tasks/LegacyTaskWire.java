package dev.mcphex.domain.tasks;

import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStatus;
import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 2025-11-25 task messages: the {@code Task} object, the CreateTaskResult and the related-task
 * {@code _meta}. A tool call whose result has {@code isError: true} is stored as completed but shown as
 * {@code failed}, as that revision asks.
 */
final class LegacyTaskWire {
    private LegacyTaskWire() {
    }

    /** What {@code tools/call} returns when it created a task: {@code {task}}. */
    static ObjectNode created(TaskRecord task) {
        ObjectNode result = Json.object();
        result.set("task", task(task));
        return result;
    }

    /** The {@code Task} of {@code tasks/get}, {@code tasks/cancel}, {@code tasks/list} and status notifications. */
    static ObjectNode task(TaskRecord task) {
        ObjectNode node = Json.object().put("taskId", task.taskId()).put("status", status(task));
        String message = statusMessage(task);
        if (message != null) {
            node.put("statusMessage", message);
        }
        node.put("createdAt", task.createdAt().toString());
        node.put("lastUpdatedAt", task.lastUpdatedAt().toString());
        node.put("ttl", task.ttlMs());
        node.put("pollInterval", task.pollIntervalMs());
        return node;
    }

    /** The status as 2025-11-25 shows it. */
    static String status(TaskRecord task) {
        return toolError(task) ? "failed" : task.status().wire();
    }

    /** {@code {"io.modelcontextprotocol/related-task": {taskId}}}. */
    static ObjectNode relatedTask(String taskId) {
        ObjectNode meta = Json.object();
        meta.putObject(LegacyTasks.RELATED_TASK).put("taskId", taskId);
        return meta;
    }

    /** Adds the related-task key to the {@code _meta} of a result or of request params. */
    static ObjectNode withRelatedTask(ObjectNode node, String taskId) {
        ObjectNode meta = node.get("_meta") instanceof ObjectNode m ? m : node.putObject("_meta");
        meta.setAll(relatedTask(taskId));
        return node;
    }

    private static boolean toolError(TaskRecord task) {
        return task.status() == TaskStatus.COMPLETED && task.result() != null
                && task.result().path("isError").asBoolean(false);
    }

    private static String statusMessage(TaskRecord task) {
        if (toolError(task)) {
            String text = task.result().path("content").path(0).path("text").asString("");
            return text.isEmpty() ? "The tool reported an error" : "Tool execution failed: " + text;
        }
        return switch (task.status()) {
            case FAILED -> task.error() == null ? "The task failed" : task.error().path("message").asString("failed");
            case CANCELLED -> "The task was cancelled";
            case INPUT_REQUIRED -> "The task needs input: call tasks/result to receive its requests";
            case WORKING, COMPLETED -> null;
        };
    }
}
