package dev.mcphex.ports.driven;

import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The durable state of one task of the tasks extension: what {@code tasks/get} reports, and what the
 * task's worker and {@code tasks/update} exchange. JSON members are kept as the wire has them.
 *
 * @param taskId         the task's id, unguessable
 * @param owner          the subject of the principal that created it; only it may see the task
 * @param status         the current status
 * @param createdAt      when it was created
 * @param lastUpdatedAt  when its status, pending input or outcome last changed
 * @param ttlMs          how long after creation the task is kept, in milliseconds (positive)
 * @param pollIntervalMs how often clients should poll, in milliseconds (positive)
 * @param inputRequests  the input requests still waiting for an answer, by key ({@code {method, params}});
 *                       empty unless the status is {@link TaskStatus#INPUT_REQUIRED}
 * @param inputResponses the answers the client gave, by key, as it sent them
 * @param result         the request's result when {@link TaskStatus#COMPLETED}, else {@code null}
 * @param error          the JSON-RPC error ({@code {code, message, data?}}) when {@link TaskStatus#FAILED},
 *                       else {@code null}
 */
public record TaskRecord(String taskId, String owner, TaskStatus status, Instant createdAt, Instant lastUpdatedAt,
                         long ttlMs, long pollIntervalMs, ObjectNode inputRequests, ObjectNode inputResponses,
                         ObjectNode result, ObjectNode error) {

    public TaskRecord {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
        if (ttlMs <= 0 || pollIntervalMs <= 0) {
            throw new IllegalArgumentException("ttlMs and pollIntervalMs must be positive");
        }
        inputRequests = inputRequests == null ? Json.object() : inputRequests;
        inputResponses = inputResponses == null ? Json.object() : inputResponses;
    }

    /** A new task in {@link TaskStatus#WORKING}, with no input and no outcome. */
    public static TaskRecord working(String taskId, String owner, Instant now, long ttlMs, long pollIntervalMs) {
        return new TaskRecord(taskId, owner, TaskStatus.WORKING, now, now, ttlMs, pollIntervalMs, null, null, null,
                null);
    }

    /** When the task is forgotten: its creation plus its time to live. */
    public Instant expiresAt() {
        return createdAt.plusMillis(ttlMs);
    }
}
