package dev.mcphex.domain.exchange;

import dev.mcphex.ports.spi.Cancellation;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.MDC;

/**
 * Runs handler code on its own virtual thread, so that cancellation can interrupt it without
 * touching the transport's thread. The caller waits; a cancelled request returns at once. The caller's
 * logging context (request id, method, tool, principal, trace id) goes along, so what handlers log
 * carries it too.
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
