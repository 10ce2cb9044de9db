package dev.mcphex.adapter.javalin.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts open SSE streams and bounds the long-lived ones. */
public final class StreamTracker {
    private final Semaphore longLived;
    private final AtomicInteger open = new AtomicInteger();

    public StreamTracker(int maxLongLived) {
        this.longLived = new Semaphore(maxLongLived);
    }

    /** Reserves a long-lived stream; {@code false} when the limit is reached. */
    public boolean reserve() {
        return longLived.tryAcquire();
    }

    public void release() {
        longLived.release();
    }

    void opened() {
        open.incrementAndGet();
    }

    void closed() {
        open.decrementAndGet();
    }

    /** Streams open now, of every kind. */
    public int open() {
        return open.get();
    }
}
