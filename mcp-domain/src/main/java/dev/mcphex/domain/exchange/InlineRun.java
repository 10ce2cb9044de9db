package dev.mcphex.domain.exchange;

import dev.mcphex.ports.spi.Cancellation;
import java.util.concurrent.Callable;

/**
 * Handler code run on the calling virtual thread: no thread to start, no hand-over to wait for.
 * Cancellation interrupts the thread only while the handler runs; an interrupt it delivered is cleared
 * before the caller goes on, so the transport's own code never sees it.
 */
final class InlineRun {
    private final Thread thread = Thread.currentThread();
    private boolean running = true;
    private boolean interrupted;

    private InlineRun() {
    }

    static <T> T run(Cancellation cancellation, Callable<T> task) throws Exception {
        if (cancellation.isCancelled()) {
            throw new RequestCancelledException(cancellation.reason());
        }
        var run = new InlineRun();
        cancellation.onCancel(run::interrupt);
        T value;
        try {
            value = task.call();
        } catch (InterruptedException e) {
            run.finish();
            if (cancellation.isCancelled()) {
                throw new RequestCancelledException(cancellation.reason());
            }
            Thread.currentThread().interrupt();
            cancellation.cancel("interrupted");
            throw new RequestCancelledException("interrupted");
        } catch (Exception | Error e) {
            run.finish();
            if (cancellation.isCancelled()) {
                throw new RequestCancelledException(cancellation.reason());
            }
            throw e;
        }
        run.finish();
        if (cancellation.isCancelled()) { // the handler returned after noticing the cancellation
            throw new RequestCancelledException(cancellation.reason());
        }
        return value;
    }

    private synchronized void interrupt() {
        if (running) {
            interrupted = true;
            thread.interrupt();
        }
    }

    /** Stops later interrupts and clears one this run delivered. */
    private void finish() {
        boolean clear;
        synchronized (this) {
            running = false;
            clear = interrupted;
        }
        if (clear) {
            Thread.interrupted();
        }
    }
}
