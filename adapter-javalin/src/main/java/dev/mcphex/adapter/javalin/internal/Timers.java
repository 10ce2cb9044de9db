package dev.mcphex.adapter.javalin.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One scheduler thread for the transport's timers (keep-alives, switches to SSE, timeouts). The work
 * itself runs on virtual threads, so a slow client never delays another's timer. A cancelled timer
 * leaves the queue at once: every request sets timers that it almost always cancels, and a queue that
 * kept them until their (minutes-long) delays passed would hold every finished request's objects.
 */
public final class Timers implements AutoCloseable {
    private final ScheduledThreadPoolExecutor scheduler = scheduler();

    private static ScheduledThreadPoolExecutor scheduler() {
        var scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "mcphex-http-timers");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    public ScheduledFuture<?> once(Duration delay, Runnable task) {
        return scheduler.schedule(() -> Thread.startVirtualThread(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public ScheduledFuture<?> every(Duration period, Runnable task) {
        long millis = Math.max(1, period.toMillis());
        return scheduler.scheduleAtFixedRate(() -> Thread.startVirtualThread(task), millis, millis,
                TimeUnit.MILLISECONDS);
    }

    /** Timers set and neither fired nor cancelled. */
    public int pending() {
        return scheduler.getQueue().size();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
