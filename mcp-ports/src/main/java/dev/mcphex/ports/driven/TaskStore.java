package dev.mcphex.ports.driven;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the tasks of the tasks extension ({@code io.modelcontextprotocol/tasks}), so that any server
 * instance can answer for any task. A task is kept until its {@link TaskRecord#expiresAt()}; after that it is
 * unknown. Terminal tasks ({@link TaskStatus#terminal()}) never change again: every change below leaves them
 * as they are and returns them. Every change sets {@code lastUpdatedAt} when it changes something.
 * Each change is atomic: concurrent changes of one task never lose one another.
 *
 * @see <a href="https://github.com/modelcontextprotocol/experimental-ext-tasks">MCP Tasks</a>
 */
public interface TaskStore {

    /**
     * Stores a new task; it is readable once this returns.
     *
     * @throws IllegalArgumentException if a task with its id exists
     */
    void create(TaskRecord task);

    /** The task, if it exists and has not expired. */
    Optional<TaskRecord> find(String taskId);

    /** The owner's live tasks, newest first (createdAt descending, then taskId descending), at most `limit` (positive), starting after the task `afterTaskId` (exclusive) when it is not null; an unknown or expired afterTaskId gives an empty list. */
    List<TaskRecord> list(String owner, String afterTaskId, int limit);

    /**
     * Parks an active task in {@link TaskStatus#INPUT_REQUIRED} with these pending requests (replacing the
     * pending ones), or puts it back to {@link TaskStatus#WORKING} if {@code inputRequests} is empty.
     *
     * @return the task after the change; empty if it is unknown
     */
    Optional<TaskRecord> requireInput(String taskId, ObjectNode inputRequests);

    /**
     * Records the client's answers to pending requests: each answered key leaves the pending requests and
     * its answer is kept; answers to keys that are not pending are ignored. When no request is pending any
     * more, the task is back in {@link TaskStatus#WORKING}.
     *
     * @return the task after the change; empty if it is unknown
     */
    Optional<TaskRecord> recordResponses(String taskId, ObjectNode inputResponses);

    /**
     * Completes an active task with its result.
     *
     * @return the task after the change; empty if it is unknown
     */
    Optional<TaskRecord> complete(String taskId, ObjectNode result);

    /**
     * Fails an active task with a JSON-RPC error {@code {code, message, data?}}.
     *
     * @return the task after the change; empty if it is unknown
     */
    Optional<TaskRecord> fail(String taskId, ObjectNode error);

    /**
     * Cancels an active task; a terminal one stays as it is.
     *
     * @return the task after the change; empty if it is unknown
     */
    Optional<TaskRecord> cancel(String taskId);
}
