package dev.mcphex.domain.exchange;

import dev.mcphex.ports.spi.Cancellation;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.MDC;

/**
 * Runs handler code so that cancellation can interrupt it. A caller on a virtual thread (the HTTP and
 * stdio transports give every request one) runs the handler itself: cancellation interrupts that thread
 * while the handler runs, and only then, and the handler sees the caller's logging context as it is.
 * Any other caller hands the handler to a virtual thread of its own, so that interrupting it never
 * touches the caller's thread, and waits; a cancelled request then returns at once, and the caller's
 * logging context (request id, method, tool, principal, trace id) goes along.
 */
public final class HandlerRunner {
    private HandlerRunner() {
    }

    /**
     * Runs {@code task} and returns its value, or rethrows what it threw.
     *
     * @throws RequestCancelledException if the request is cancelled first
     */
    public static <T> T run(String name, Cancellation cancellation, Callable<T> task) throws Exception {
        if (Thread.currentThread().isVirtual()) {
            return InlineRun.run(cancellation, task);
        }
        var outcome = new CompletableFuture<T>();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        Thread worker = Thread.ofVirtual().name(name).unstarted(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                outcome.complete(task.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            } finally {
                MDC.clear();
            }
        });
        cancellation.onCancel(() -> {
            outcome.completeExceptionally(new RequestCancelledException(cancellation.reason()));
            worker.interrupt();
        });
        worker.start();
        try {
            T value = outcome.get();
            if (cancellation.isCancelled()) { // the handler returned after noticing the cancellation
                throw new RequestCancelledException(cancellation.reason());
            }
            return value;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel("interrupted");
            throw new RequestCancelledException("interrupted");
        }
    }
}
