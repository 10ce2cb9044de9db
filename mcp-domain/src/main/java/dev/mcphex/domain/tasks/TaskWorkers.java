package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.RequestCancelledException;
import dev.mcphex.ports.driven.TaskStatus;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.spi.Cancellation;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tasks this instance runs, each on its own virtual thread. The outcome goes to the store: a result
 * completes the task, a protocol error fails it, a cancellation cancels it. A watcher reads the store
 * while the task runs, so a {@code tasks/cancel} served by another instance (or the task's expiry) also
 * stops the work.
 */
public final class TaskWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWorkers.class);

    private final Map<String, Cancellation> running = new ConcurrentHashMap<>();
    private final TaskStore store;
    private final Duration watchEvery;

    /**
     * @param watchEvery how often a running task's stored status is checked for a cancellation made elsewhere
     */
    public TaskWorkers(TaskStore store, Duration watchEvery) {
        this.store = store;
        this.watchEvery = watchEvery;
    }

    /** Runs {@code work} as the task {@code taskId}; cancelling {@code cancellation} interrupts it. */
    void run(String taskId, Cancellation cancellation, Callable<ObjectNode> work) {
        running.put(taskId, cancellation);
        Thread worker = Thread.ofVirtual().name("task-" + taskId).unstarted(() -> work(taskId, work));
        cancellation.onCancel(worker::interrupt);
        worker.start();
        Thread.ofVirtual().name("task-watch-" + taskId).start(() -> watch(taskId, cancellation, worker));
    }

    /** Stops the work of a task if this instance runs it. */
    void cancel(String taskId) {
        Cancellation cancellation = running.get(taskId);
        if (cancellation != null) {
            cancellation.cancel("cancelled by tasks/cancel");
        }
    }

    /** How many tasks this instance is running. */
    public int size() {
        return running.size();
    }

    private void work(String taskId, Callable<ObjectNode> work) {
        try {
            store.complete(taskId, work.call());
        } catch (McpProtocolException e) {
            store.fail(taskId, TaskWire.error(e.code(), e.getMessage(), e.data()));
        } catch (RequestCancelledException e) {
            LOG.debug("Task {} cancelled: {}", taskId, e.getMessage());
            store.cancel(taskId);
        } catch (Exception | StackOverflowError e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Internal error in task {} (reference {})", taskId, reference, e);
            store.fail(taskId, TaskWire.error(ErrorCodes.INTERNAL_ERROR,
                    "Internal error (reference " + reference + ")", null));
        } finally {
            running.remove(taskId);
        }
    }

    private void watch(String taskId, Cancellation cancellation, Thread worker) {
        try {
            while (worker.isAlive() && !cancellation.isCancelled()) {
                worker.join(watchEvery);
                boolean live = store.find(taskId).filter(t -> t.status() != TaskStatus.CANCELLED).isPresent();
                if (!live) {
                    cancellation.cancel("the task was cancelled or has expired");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
