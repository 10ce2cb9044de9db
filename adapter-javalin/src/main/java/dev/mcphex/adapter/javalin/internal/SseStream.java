package dev.mcphex.adapter.javalin.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes Server-Sent Events to one HTTP response. Every event is flushed at once; a write that fails
 * marks the stream closed and runs the close callback once. Thread-safe.
 */
public final class SseStream {
    /** Events larger than this bypass the buffer and are written directly. */
    private static final int BUFFER_BYTES = 1024;

    private final OutputStream out;
    private final Runnable onClientGone;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean open = true;

    public SseStream(OutputStream out, Runnable onClientGone) {
        this.out = out;
        this.onClientGone = onClientGone;
    }

    /**
     * Answers {@code ctx} with 200 and an event stream, and returns the stream's writer. The response's
     * buffer is made small: every event is flushed at once, so buffering gains nothing, while Jetty's
     * default (a 32 KiB direct buffer held for the life of the response) made each long-lived stream
     * cost about 90 KB of memory.
     */
    public static SseStream start(Context ctx, Runnable onClientGone) throws IOException {
        ctx.status(200);
        ctx.contentType("text/event-stream");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        ctx.res().setBufferSize(BUFFER_BYTES);
        return new SseStream(ctx.res().getOutputStream(), onClientGone);
    }

    public boolean isOpen() {
        return open;
    }

    /** An event carrying one line of JSON, with an id when resumable. */
    public boolean event(String id, String data) {
        return event(id, "message", data);
    }

    /** An event of the given type carrying one line of data, with an id when resumable. */
    public boolean event(String id, String type, String data) {
        StringBuilder frame = new StringBuilder(data.length() + 32);
        if (id != null) {
            frame.append("id: ").append(id).append('\n');
        }
        frame.append("event: ").append(type).append('\n').append("data: ").append(data).append("\n\n");
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
