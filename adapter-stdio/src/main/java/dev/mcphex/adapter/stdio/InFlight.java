package dev.mcphex.adapter.stdio;

import dev.mcphex.ports.spi.Cancellation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

/** The work running on virtual threads, so that shutdown can wait for it and then cancel what is left. */
final class InFlight {
    private final ThreadFactory threads = Thread.ofVirtual().name("mcphex-stdio-", 1).factory();
    private final Map<Thread, Cancellation> running = new ConcurrentHashMap<>();

    /** Runs {@code work} on a new virtual thread, cancelled through {@code cancellation} on shutdown. */
    void start(Cancellation cancellation, Runnable work) {
        Thread thread = threads.newThread(() -> {
            try {
                work.run();
            } finally {
                running.remove(Thread.currentThread());
            }
        });
        running.put(thread, cancellation);
        thread.start();
    }

    /**
     * Waits up to {@code grace} for the running work to finish, then cancels what is still running.
     *
     * @return how many were cancelled
     */
    int awaitOrCancel(Duration grace, String reason) {
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (Thread thread : List.copyOf(running.keySet())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                thread.join(Duration.ofNanos(left));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Cancellation> late = List.copyOf(running.values());
        late.forEach(cancellation -> cancellation.cancel(reason));
        return late.size();
    }
}
