package dev.mcphex.ports.spi;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cancellation state of one request. The transport or the engine cancels it (the client sent
 * {@code notifications/cancelled}, closed the stream, or a deadline passed); handlers poll it or
 * register a callback.
 */
public final class Cancellation {
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();
    private volatile String reason;

    /** Whether the request has been cancelled. */
    public boolean isCancelled() {
        return reason != null;
    }

    /** Why it was cancelled, or {@code null}. */
    public String reason() {
        return reason;
    }

    /** Throws {@link CancellationException} if the request has been cancelled. */
    public void throwIfCancelled() {
        String why = reason;
        if (why != null) {
            throw new CancellationException(why);
        }
    }

    /** Cancels once; later calls are ignored. Runs the registered callbacks. */
    public void cancel(String why) {
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why == null || why.isBlank() ? "cancelled" : why;
        }
        callbacks.forEach(Runnable::run);
    }

    /** Runs {@code callback} on cancellation, at once if already cancelled. */
    public void onCancel(Runnable callback) {
        callbacks.add(callback);
        if (isCancelled() && callbacks.remove(callback)) {
            callback.run();
        }
    }
}
