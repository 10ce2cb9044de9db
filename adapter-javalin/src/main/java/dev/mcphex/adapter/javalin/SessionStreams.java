package dev.mcphex.adapter.javalin;

import dev.mcphex.adapter.javalin.internal.HttpReplies;
import dev.mcphex.adapter.javalin.internal.LiveStream;
import dev.mcphex.adapter.javalin.internal.LogFollower;
import dev.mcphex.adapter.javalin.internal.SseStream;
import dev.mcphex.adapter.javalin.internal.StreamTracker;
import dev.mcphex.adapter.javalin.internal.Timers;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.spi.Cancellation;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legacy era's long-lived streams: each session's standalone GET streams, the POST streams that a
 * reconnecting client may resume, and everything that must end when a session ends or the server stops.
 */
final class SessionStreams {
    private static final Logger LOG = LoggerFactory.getLogger(SessionStreams.class);

    private final McpServer server;
    private final EventLog log;
    private final HttpOptions options;
    private final Timers timers;
    private final StreamTracker tracker;
    private final Map<String, LiveStream> postStreams = new ConcurrentHashMap<>();
    private final Map<String, Set<CountDownLatch>> getStreams = new ConcurrentHashMap<>();
    /** Requests running now, each marked whether it is long-lived (a stream that never ends by itself). */
    private final Map<Cancellation, Boolean> running = new ConcurrentHashMap<>();

    SessionStreams(McpServer server, EventLog log, HttpOptions options, Timers timers, StreamTracker tracker) {
        this.server = server;
        this.log = log;
        this.options = options;
        this.timers = timers;
        this.tracker = tracker;
    }

    /** Keeps a POST stream resumable while its request runs. */
    void track(LiveStream stream) {
        postStreams.put(stream.id(), stream);
        postStreams.values().removeIf(LiveStream::isComplete);
    }

    void cancelOnStop(Cancellation cancellation, boolean longLived) {
        running.put(cancellation, longLived);
    }

    void forget(Cancellation cancellation) {
        running.remove(cancellation);
    }

    /** Serves a GET: a resumed stream when {@code lastEventId} is given, else a new standalone stream. */
    void serve(Context ctx, String sessionId, String lastEventId) {
        LiveStream resumed = null;
        Optional<EventLog.Replay> replay = Optional.empty();
        if (lastEventId != null) {
            int colon = lastEventId.lastIndexOf(':');
            resumed = colon > 0 ? postStreams.get(lastEventId.substring(0, colon)) : null;
            if (resumed != null && (!resumed.sessionId().equals(sessionId) || resumed.isComplete())) {
                resumed = null;
            }
            if (resumed == null) {
                replay = log.after(sessionId, lastEventId);
                if (replay.isEmpty()) {
                    HttpReplies.error(ctx, 404, null, ErrorCodes.INVALID_REQUEST,
                            "Not Found: no stream has the event " + lastEventId);
                    return;
                }
            }
        }
        if (!tracker.reserve()) {
            ctx.header("Retry-After", "5");
            HttpReplies.error(ctx, 503, null, ErrorCodes.INTERNAL_ERROR, "Too many open streams; try again later");
            return;
        }
        var gone = new CountDownLatch(1);
        getStreams.computeIfAbsent(sessionId, k -> ConcurrentHashMap.newKeySet()).add(gone);
        try {
            SseStream sse = SseStream.start(ctx, gone::countDown);
            if (resumed != null) {
                resume(resumed, sse, lastEventId, gone);
            } else {
                if (replay.isPresent() && follow(sessionId, lastEventId, replay.get(), sse, gone)) {
                    return;
                }
                standalone(sessionId, sse, gone);
            }
        } catch (IOException e) {
            LOG.debug("Stream for session could not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            getStreams.computeIfPresent(sessionId, (id, streams) -> {
                streams.remove(gone);
                return streams;
            });
            tracker.release();
        }
    }

    private void resume(LiveStream stream, SseStream sse, String lastEventId, CountDownLatch gone)
            throws InterruptedException {
        stream.attach(sse, lastEventId);
        var keepAlive = timers.every(options.keepAlive(), () -> sse.comment("keep-alive"));
        try {
            while (!stream.isComplete() && gone.getCount() > 0) {
                stream.awaitCompletion(200);
            }
        } finally {
            keepAlive.cancel(false);
            stream.detach(sse);
            sse.close();
        }
    }

    /** Serves a stream another instance holds from the log, following it while that instance writes it. */
    private boolean follow(String sessionId, String lastEventId, EventLog.Replay replay, SseStream sse,
                           CountDownLatch gone) {
        var keepAlive = timers.every(options.keepAlive(), () -> sse.comment("keep-alive"));
        try {
            return LogFollower.follow(log, sessionId, lastEventId, replay, sse, () -> gone.getCount() == 0);
        } finally {
            keepAlive.cancel(false);
        }
    }

    private void standalone(String sessionId, SseStream sse, CountDownLatch gone) throws InterruptedException {
        var stream = new LiveStream(log, sessionId);
        AutoCloseable registration;
        try {
            registration = server.openSessionStream(sessionId, message -> stream.publish(JsonRpcCodec.write(message)));
        } catch (IllegalArgumentException e) {
            stream.complete();
            return;
        }
        // Registered before priming, so a client that saw the priming event misses nothing: what was
        // published in between is in the log, and attaching replays it.
        sse.priming(stream.primingId(), options.sseRetry().toMillis());
        stream.attach(sse, stream.primingId());
        var keepAlive = timers.every(options.keepAlive(), () -> {
            if (!server.sessionExists(sessionId)) {
                gone.countDown();
            } else {
                sse.comment("keep-alive");
            }
        });
        try {
            gone.await();
        } finally {
            keepAlive.cancel(false);
            closeQuietly(registration);
            stream.complete();
            sse.close();
        }
    }

    /** Ends every GET stream of a session. */
    void closeSession(String sessionId) {
        Set<CountDownLatch> streams = getStreams.remove(sessionId);
        if (streams != null) {
            streams.forEach(CountDownLatch::countDown);
        }
    }

    /** Ends every long-lived stream (GET streams, listens), for shutdown; other requests go on. */
    void closeStreams() {
        getStreams.keySet().forEach(this::closeSession);
        running.forEach((cancellation, longLived) -> {
            if (longLived) {
                cancellation.cancel("the server is shutting down");
            }
        });
    }

    /** Cancels every request still running, once the shutdown grace period is over. */
    void cancelRunning() {
        running.keySet().forEach(c -> c.cancel("the server is shutting down"));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Closing a session stream failed", e);
        }
    }
}
