package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStatus;
import dev.mcphex.ports.driven.TaskStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/** Tasks in this process's memory; expired ones are dropped as they are met and on every create. */
public final class InMemoryTaskStore implements TaskStore {
    private static final Comparator<TaskRecord> NEWEST_FIRST = Comparator.comparing(TaskRecord::createdAt)
            .thenComparing(TaskRecord::taskId).reversed();

    private final Map<String, TaskRecord> tasks = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryTaskStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void create(TaskRecord task) {
        Instant now = clock.instant();
        tasks.values().removeIf(t -> !t.expiresAt().isAfter(now));
        if (tasks.putIfAbsent(task.taskId(), task) != null) {
            throw new IllegalArgumentException("task exists: " + task.taskId());
        }
    }

    @Override
    public Optional<TaskRecord> find(String taskId) {
        return change(taskId, UnaryOperator.identity());
    }

    @Override
    public List<TaskRecord> list(String owner, String afterTaskId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        Instant now = clock.instant();
        TaskRecord after = afterTaskId == null ? null : find(afterTaskId).orElse(null);
        if (afterTaskId != null && after == null) {
            return List.of();
        }
        return tasks.values().stream()
                .filter(t -> t.owner().equals(owner) && t.expiresAt().isAfter(now))
                .filter(t -> after == null || NEWEST_FIRST.compare(t, after) > 0)
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<TaskRecord> requireInput(String taskId, ObjectNode inputRequests) {
        return change(taskId, t -> with(t, inputRequests.isEmpty() ? TaskStatus.WORKING : TaskStatus.INPUT_REQUIRED,
                inputRequests.deepCopy(), t.inputResponses(), null, null));
    }

    @Override
    public Optional<TaskRecord> recordResponses(String taskId, ObjectNode inputResponses) {
        return change(taskId, t -> {
            ObjectNode pending = t.inputRequests().deepCopy();
            ObjectNode answers = t.inputResponses().deepCopy();
            inputResponses.properties().forEach(e -> {
                if (pending.remove(e.getKey()) != null) {
                    answers.set(e.getKey(), e.getValue().deepCopy());
                }
            });
            if (pending.equals(t.inputRequests())) {
                return t;
            }
            return with(t, pending.isEmpty() ? TaskStatus.WORKING : TaskStatus.INPUT_REQUIRED, pending, answers,
                    null, null);
        });
    }

    @Override
    public Optional<TaskRecord> complete(String taskId, ObjectNode result) {
        return change(taskId, t -> with(t, TaskStatus.COMPLETED, null, t.inputResponses(), result.deepCopy(), null));
    }

    @Override
    public Optional<TaskRecord> fail(String taskId, ObjectNode error) {
        return change(taskId, t -> with(t, TaskStatus.FAILED, null, t.inputResponses(), null, error.deepCopy()));
    }

    @Override
    public Optional<TaskRecord> cancel(String taskId) {
        return change(taskId, t -> with(t, TaskStatus.CANCELLED, null, t.inputResponses(), null, null));
    }

    /** Applies {@code change} to a live, active task atomically; terminal tasks are returned unchanged. */
    private Optional<TaskRecord> change(String taskId, UnaryOperator<TaskRecord> change) {
        Instant now = clock.instant();
        TaskRecord after = tasks.computeIfPresent(taskId, (id, t) -> {
            if (!t.expiresAt().isAfter(now)) {
                return null;
            }
            return t.status().terminal() ? t : change.apply(t);
        });
        return Optional.ofNullable(after);
    }

    private TaskRecord with(TaskRecord t, TaskStatus status, ObjectNode requests, ObjectNode responses,
                            ObjectNode result, ObjectNode error) {
        return new TaskRecord(t.taskId(), t.owner(), status, t.createdAt(), clock.instant(), t.ttlMs(),
                t.pollIntervalMs(), requests, responses, result, error);
    }
}
