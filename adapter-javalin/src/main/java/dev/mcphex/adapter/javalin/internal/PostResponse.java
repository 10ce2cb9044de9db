package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The response to one POSTed request: plain JSON when the answer comes alone and quickly, an SSE stream
 * as soon as the server has something to send first (progress, logs, server requests) or the request
 * runs long. In the modern era a departed client cancels the request; in the legacy era the request
 * goes on and its events stay in the log for a resuming client.
 */
public final class PostResponse implements MessageSink {
    private enum Mode { PENDING, STREAMING, DONE }

    private final Context ctx;
    private final boolean acceptsSse;
    private final LiveStream legacyStream;
    private final boolean prime;
    private final Duration retry;
    private final Runnable onClientGone;
    private final ToIntFunction<JsonRpcMessage> status;
    private final StreamTracker tracker;
    private final ReentrantLock lock = new ReentrantLock();
    private Mode mode = Mode.PENDING;
    private SseStream sse;
    private Supplier<ScheduledFuture<?>> keepAliveTimer = () -> null;
    private ScheduledFuture<?> keepAlive;

    /**
     * @param legacyStream the resumable stream of a legacy session, or {@code null} in the modern era
     * @param prime        whether a legacy stream starts with a priming event (2025-11-25 clients)
     * @param onClientGone what to do when the client drops the stream
     * @param status       the HTTP status of a JSON answer
     */
    public PostResponse(Context ctx, boolean acceptsSse, LiveStream legacyStream, boolean prime, Duration retry,
                        Runnable onClientGone, ToIntFunction<JsonRpcMessage> status, StreamTracker tracker) {
        this.ctx = ctx;
        this.acceptsSse = acceptsSse;
        this.legacyStream = legacyStream;
        this.prime = prime;
        this.retry = retry;
        this.onClientGone = onClientGone;
        this.status = status;
        this.tracker = tracker;
    }

    @Override
    public void send(JsonRpcMessage message) {
        lock.lock();
        try {
            if (mode == Mode.PENDING && acceptsSse) {
                startStreaming();
            }
            if (mode == Mode.STREAMING) {
                deliver(JsonRpcCodec.write(message));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Switches to SSE if the answer is not ready yet, so keep-alives can flow and departures show. */
    public void streamIfStillRunning() {
        lock.lock();
        try {
            if (mode == Mode.PENDING && acceptsSse) {
                startStreaming();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends a keep-alive comment on a streaming response. */
    public void keepAlive() {
        SseStream stream = sse;
        if (stream != null && mode == Mode.STREAMING) {
            stream.comment("keep-alive");
        }
    }

    private void startStreaming() {
        try {
            sse = SseStream.start(ctx, this::clientGone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mode = Mode.STREAMING;
        tracker.opened();
        keepAlive = keepAliveTimer.get();
        if (legacyStream != null) {
            if (prime) {
                sse.priming(legacyStream.primingId(), retry.toMillis());
            }
            legacyStream.attach(sse, legacyStream.primingId());
        }
    }

    private void deliver(String json) {
        if (legacyStream != null) {
            legacyStream.publish(json);
        } else {
            sse.event(null, json);
        }
    }

    private void clientGone() {
        if (legacyStream != null) {
            legacyStream.detach(sse);
        }
        onClientGone.run();
    }

    /**
     * How to start the keep-alive task: when the response switches to SSE (a JSON answer needs none),
     * so that {@link #finish} can stop it.
     */
    public void keepAliveWith(Supplier<ScheduledFuture<?>> timer) {
        this.keepAliveTimer = timer;
    }

    /** Sends the final answer: as the last event of the stream, or as the JSON body (202 when there is none). */
    public void finish(Optional<JsonRpcMessage> response) {
        lock.lock();
        try {
            if (keepAlive != null) {
                keepAlive.cancel(false);
            }
            if (mode == Mode.STREAMING) {
                response.ifPresent(m -> deliver(JsonRpcCodec.write(m)));
                if (legacyStream != null) {
                    legacyStream.complete();
                }
                sse.close();
                tracker.closed();
            } else {
                if (response.isPresent()) {
                    HttpReplies.json(ctx, status.applyAsInt(response.get()), response.get());
                } else {
                    ctx.status(202);
                }
                // Answered without a stream: nothing to resume, so the stream must not be kept.
                if (legacyStream != null) {
                    legacyStream.complete();
                }
            }
            mode = Mode.DONE;
        } finally {
            lock.unlock();
        }
    }
}
