package dev.mcphex.adapter.javalin.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One scheduler thread for the transport's timers (keep-alives, switches to SSE, timeouts). The work
 * itself runs on virtual threads, so a slow client never delays another's timer.
 */
public final class Timers implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mcphex-http-timers");
        thread.setDaemon(true);
        return thread;
    });

    public ScheduledFuture<?> once(Duration delay, Runnable task) {
        return scheduler.schedule(() -> Thread.startVirtualThread(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public ScheduledFuture<?> every(Duration period, Runnable task) {
        long millis = Math.max(1, period.toMillis());
        return scheduler.scheduleAtFixedRate(() -> Thread.startVirtualThread(task), millis, millis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
