package dev.mcphex.adapter.javalin.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes Server-Sent Events to one HTTP response. Every event is flushed at once; a write that fails
 * marks the stream closed and runs the close callback once. Thread-safe.
 */
public final class SseStream {
    private final OutputStream out;
    private final Runnable onClientGone;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean open = true;

    public SseStream(OutputStream out, Runnable onClientGone) {
        this.out = out;
        this.onClientGone = onClientGone;
    }

    public boolean isOpen() {
        return open;
    }

    /** An event carrying one line of JSON, with an id when resumable. */
    public boolean event(String id, String data) {
        StringBuilder frame = new StringBuilder(data.length() + 32);
        if (id != null) {
            frame.append("id: ").append(id).append('\n');
        }
        frame.append("event: message\n").append("data: ").append(data).append("\n\n");
        return write(frame.toString());
    }

    /** The priming event of a resumable stream: an id, the reconnection delay, and empty data. */
    public boolean priming(String id, long retryMillis) {
        return write("id: " + id + "\nretry: " + retryMillis + "\ndata: \n\n");
    }

    /** A comment, ignored by clients; keeps proxies from timing out and detects departed clients. */
    public boolean comment(String text) {
        return write(": " + text + "\n\n");
    }

    private boolean write(String frame) {
        lock.lock();
        try {
            if (!open) {
                return false;
            }
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            open = false;
        } finally {
            lock.unlock();
        }
        onClientGone.run();
        return false;
    }

    /** Stops writing; later writes are dropped. */
    public void close() {
        lock.lock();
        try {
            open = false;
        } finally {
            lock.unlock();
        }
    }
}
