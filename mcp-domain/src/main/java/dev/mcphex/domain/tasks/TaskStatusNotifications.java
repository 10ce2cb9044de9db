package dev.mcphex.domain.tasks;

import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional {@code notifications/tasks/status} of protocol 2025-11-25: while a task created by a legacy
 * session lives, its status is read from the store (so changes made on any instance count) and every change
 * is sent, with the full Task, to the session's standalone streams. The watch ends when the task is
 * terminal, has expired, or its session has ended.
 */
public final class TaskStatusNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(TaskStatusNotifications.class);

    /** Where a session's notifications outside any request go. */
    @FunctionalInterface
    public interface SessionStreams {
        /**
         * Sends {@code notification} to the session's standalone streams, if it has any.
         *
         * @return {@code false} if the session no longer exists
         */
        boolean send(String sessionId, JsonRpcNotification notification);
    }

    private final TaskStore store;
    private final SessionStreams streams;

    public TaskStatusNotifications(TaskStore store, SessionStreams streams) {
        this.store = store;
        this.streams = streams;
    }

    /** Starts watching a task just created in {@code working} for the session {@code sessionId}. */
    void watch(TaskRecord task, String sessionId) {
        Thread.ofVirtual().name("task-status-" + task.taskId())
                .start(() -> watchUntilTerminal(task, sessionId, Duration.ofMillis(task.pollIntervalMs())));
    }

    private void watchUntilTerminal(TaskRecord created, String sessionId, Duration every) {
        String shown = LegacyTaskWire.status(created);
        try {
            while (true) {
                Thread.sleep(every);
                Optional<TaskRecord> task = store.find(created.taskId());
                if (task.isEmpty()) {
                    return;
                }
                String status = LegacyTaskWire.status(task.get());
                if (!status.equals(shown)) {
                    shown = status;
                    if (!streams.send(sessionId, new JsonRpcNotification("notifications/tasks/status",
                            LegacyTaskWire.task(task.get())))) {
                        return;
                    }
                }
                if (task.get().status().terminal()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            LOG.debug("Stopped watching task {}", created.taskId());
            Thread.currentThread().interrupt();
        }
    }
}
