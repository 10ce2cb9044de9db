package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code taskIds} of one {@code subscriptions/listen} stream (tasks extension, "Task Status
 * Notifications"): it agrees to the caller's own live tasks only, then, told of each change of one of them,
 * reads the task from the store and hands its DetailedTask over, on a virtual thread of its own so that bus
 * listeners stay quick. A state already handed over is not handed over again; a task leaves the watch after
 * its terminal state, or when it is gone.
 *
 * @see <a href="https://github.com/modelcontextprotocol/experimental-ext-tasks">MCP Tasks</a>
 */
public final class TaskWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWatch.class);

    private final TaskStore store;
    private final String owner;
    private final Set<String> requested;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> changed = new LinkedBlockingQueue<>();
    private volatile boolean acknowledged;
    private volatile Thread sender;

    private TaskWatch(TaskStore store, String owner, Set<String> requested) {
        this.store = store;
        this.owner = owner;
        this.requested = requested;
    }

    /**
     * Reads the requested {@code notifications.taskIds}; nothing is read from the store yet.
     *
     * @throws McpProtocolException -32021 naming the extension if the request's client does not support tasks;
     *                              -32602 if {@code taskIds} is not an array of strings
     */
    public static TaskWatch open(TaskStore store, RequestScope scope, JsonNode taskIds) {
        TasksExtension.require(scope);
        if (!taskIds.isArray()) {
            throw McpProtocolException.invalidParams("Invalid params: taskIds must be an array");
        }
        Set<String> requested = new LinkedHashSet<>();
        taskIds.forEach(id -> {
            if (!id.isString()) {
                throw McpProtocolException.invalidParams("Invalid params: taskIds holds task ids");
            }
            requested.add(id.stringValue());
        });
        return new TaskWatch(store, scope.principal().subject(), requested);
    }

    /** Notes that a task changed; quick, for bus listeners. Changes of tasks not watched are ignored. */
    public void changed(String taskId) {
        if (acknowledged ? watched.contains(taskId) : requested.contains(taskId)) {
            changed.add(taskId);
        }
    }

    /**
     * Decides which requested tasks are watched: those that exist and belong to the caller, as
     * {@code tasks/get} would; the others are left out, so nothing tells whether they exist.
     *
     * @return the ids agreed to, in the order they were requested
     */
    public List<String> acknowledge() {
        for (String taskId : requested) {
            if (store.find(taskId).filter(t -> t.owner().equals(owner)).isPresent()) {
                watched.add(taskId);
            }
        }
        acknowledged = true;
        return requested.stream().filter(watched::contains).toList();
    }

    /**
     * Starts handing over, to {@code send}, the DetailedTask of each change noted since the watch was opened;
     * each is a fresh node that {@code send} may change.
     */
    public void start(Consumer<ObjectNode> send) {
        if (!watched.isEmpty()) {
            sender = Thread.ofVirtual().name("listen-tasks").start(() -> sendChanges(send));
        }
    }

    private void sendChanges(Consumer<ObjectNode> send) {
        Map<String, ObjectNode> sent = new HashMap<>();
        try {
            while (!watched.isEmpty()) {
                String taskId = changed.take();
                if (!watched.contains(taskId)) {
                    continue;
                }
                Optional<TaskRecord> task;
                try {
                    task = store.find(taskId);
                } catch (StoreUnavailableException e) {
                    LOG.warn("Could not read task {} for a listen stream: {}", taskId, e.getMessage());
                    continue;
                }
                if (task.isEmpty()) {
                    watched.remove(taskId);
                    continue;
                }
                ObjectNode state = TaskWire.notification(task.get());
                if (!state.equals(sent.put(taskId, state))) {
                    send.accept(state.deepCopy());
                }
                if (task.get().status().terminal()) {
                    watched.remove(taskId);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Stopped sending task notifications on a listen stream", e);
        }
    }

    @Override
    public void close() {
        Thread running = sender;
        if (running != null) {
            running.interrupt();
        }
    }
}
