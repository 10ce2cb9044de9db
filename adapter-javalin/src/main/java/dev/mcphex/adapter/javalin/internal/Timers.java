package dev.mcphex.adapter.javalin.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One scheduler thread for the transport's timers (keep-alives, switches to SSE, timeouts). The work
 * itself runs on virtual threads, so a slow client never delays another's timer.
 *
 * <p>One-shot timers ({@link #once}) are set by every request and almost always cancelled a moment
 * later, so they cost a set insertion and removal and never wake a thread: the scheduler thread looks
 * for due ones every {@link #RESOLUTION}, which is how late such a timer may fire. (A scheduled task per request
 * woke the scheduler thread whenever it became the earliest one, which under load was nearly every
 * request: two context switches each.) The scheduler thread looks only while one-shot timers are
 * pending, so an idle transport never wakes it. Repeating timers ({@link #every}) are few and
 * long-lived, and go to the scheduler's queue; cancelled, they leave it at once.
 */
public final class Timers implements AutoCloseable {
    /** How often due one-shot timers are looked for. */
    public static final Duration RESOLUTION = Duration.ofMillis(10);

    private final ScheduledThreadPoolExecutor scheduler = scheduler();
    private final Set<Deadline> deadlines = ConcurrentHashMap.newKeySet();
    /** Whether a look for due one-shot timers is scheduled (or running). */
    private final AtomicBoolean sweeping = new AtomicBoolean();

    /** A one-shot timer that may be cancelled. */
    public interface Timer {
        /** Stops the timer if it has not fired yet; does nothing otherwise. */
        void cancel();
    }

    private static final class Deadline implements Timer {
        private final long dueNanos;
        private final Runnable task;
        private final Set<Deadline> pending;

        Deadline(long dueNanos, Runnable task, Set<Deadline> pending) {
            this.dueNanos = dueNanos;
            this.task = task;
            this.pending = pending;
        }

        @Override
        public void cancel() {
            pending.remove(this);
        }
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        var scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "mcphex-http-timers");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    /** Runs the task once, on a virtual thread, after the delay (at most {@link #RESOLUTION} late). */
    public Timer once(Duration delay, Runnable task) {
        var deadline = new Deadline(System.nanoTime() + delay.toNanos(), task, deadlines);
        deadlines.add(deadline);
        armSweep();
        return deadline;
    }

    /** Runs the task every period, each time on a virtual thread, until the returned future is cancelled. */
    public ScheduledFuture<?> every(Duration period, Runnable task) {
        long millis = Math.max(1, period.toMillis());
        return scheduler.scheduleAtFixedRate(() -> Thread.startVirtualThread(task), millis, millis,
                TimeUnit.MILLISECONDS);
    }

    /** Schedules the next look for due timers unless one is scheduled already (read first: under load it is). */
    private void armSweep() {
        if (!sweeping.get() && sweeping.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::sweep, RESOLUTION.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                // Closed: like every timer of a closed Timers, these never fire.
            }
        }
    }

    /** Whether the scheduler thread will look for due one-shot timers again. */
    boolean sweepScheduled() {
        return sweeping.get();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Deadline deadline : deadlines) {
            if (now - deadline.dueNanos >= 0 && deadlines.remove(deadline)) {
                Thread.startVirtualThread(deadline.task);
            }
        }
        sweeping.set(false);
        // A timer set after the loop above, or one still waiting, needs another look.
        if (!deadlines.isEmpty()) {
            armSweep();
        }
    }

    /** Timers set and neither fired nor cancelled. */
    public int pending() {
        int repeating = (int) scheduler.getQueue().stream()
                .filter(task -> task instanceof RunnableScheduledFuture<?> future && future.isPeriodic())
                .count();
        return deadlines.size() + repeating;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
