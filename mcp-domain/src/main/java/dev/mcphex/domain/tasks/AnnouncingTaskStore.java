package dev.mcphex.domain.tasks;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStore;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link TaskStore} that announces every change of an existing task on the {@link NotificationBus} as a
 * {@link ServerEvent.TaskChanged}, once the change is stored, so that {@code subscriptions/listen} streams on
 * any instance can push the task's new state. Creation is not announced: no stream can listen to a task
 * before its id has been returned. A bus that cannot be reached does not undo a stored change: the change
 * stays visible to {@code tasks/get}, and the failure is logged.
 */
public final class AnnouncingTaskStore implements TaskStore {
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncingTaskStore.class);

    private final TaskStore store;
    private final NotificationBus bus;

    public AnnouncingTaskStore(TaskStore store, NotificationBus bus) {
        this.store = store;
        this.bus = bus;
    }

    @Override
    public void create(TaskRecord task) {
        store.create(task);
    }

    @Override
    public Optional<TaskRecord> find(String taskId) {
        return store.find(taskId);
    }

    @Override
    public List<TaskRecord> list(String owner, String afterTaskId, int limit) {
        return store.list(owner, afterTaskId, limit);
    }

    @Override
    public Optional<TaskRecord> requireInput(String taskId, ObjectNode inputRequests) {
        return announced(store.requireInput(taskId, inputRequests));
    }

    @Override
    public Optional<TaskRecord> recordResponses(String taskId, ObjectNode inputResponses) {
        return announced(store.recordResponses(taskId, inputResponses));
    }

    @Override
    public Optional<TaskRecord> complete(String taskId, ObjectNode result) {
        return announced(store.complete(taskId, result));
    }

    @Override
    public Optional<TaskRecord> fail(String taskId, ObjectNode error) {
        return announced(store.fail(taskId, error));
    }

    @Override
    public Optional<TaskRecord> cancel(String taskId) {
        return announced(store.cancel(taskId));
    }

    private Optional<TaskRecord> announced(Optional<TaskRecord> changed) {
        changed.ifPresent(task -> {
            try {
                bus.publish(new ServerEvent.TaskChanged(task.taskId()));
            } catch (StoreUnavailableException e) {
                LOG.warn("Listeners were not told that task {} changed: {}", task.taskId(), e.getMessage());
            }
        });
        return changed;
    }
}
