package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.ports.driven.EventLog;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A resumable legacy-era SSE stream: every event is logged before it is written, so a client whose
 * connection dropped can reconnect with {@code Last-Event-ID} and pick up where it left off, while the
 * request that feeds the stream keeps running. The log's stream is opened when first needed (its id,
 * its first event): a request answered with plain JSON never sends an event id, so it leaves nothing
 * in the log.
 */
public final class LiveStream {
    private final String sessionId;
    private final EventLog log;
    private final Consumer<LiveStream> onOpen;
    private final ReentrantLock lock = new ReentrantLock();
    private final CountDownLatch done = new CountDownLatch(1);
    private String streamId;
    private SseStream writer;
    private boolean complete;

    public LiveStream(EventLog log, String sessionId) {
        this(log, sessionId, stream -> { });
    }

    /** A stream that tells {@code onOpen} when its log stream opens (and so gets an id a client may resume). */
    public LiveStream(EventLog log, String sessionId, Consumer<LiveStream> onOpen) {
        this.log = log;
        this.sessionId = sessionId;
        this.onOpen = onOpen;
    }

    /** The log stream's id; opens it if it is not open yet. */
    public String id() {
        lock.lock();
        try {
            return opened();
        } finally {
            lock.unlock();
        }
    }

    private String opened() {
        if (streamId == null) {
            streamId = log.open(sessionId);
            onOpen.accept(this);
        }
        return streamId;
    }

    public String sessionId() {
        return sessionId;
    }

    /** The id of the priming event: replaying after it yields every event of the stream. */
    public String primingId() {
        return id() + ":0";
    }

    /** Logs an event and writes it to the current connection, if any. */
    public void publish(String json) {
        lock.lock();
        try {
            String id = log.append(opened(), json);
            if (writer != null) {
                writer.event(id, json);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Makes {@code connection} the stream's writer, after replaying what came after {@code lastEventId}. */
    public boolean attach(SseStream connection, String lastEventId) {
        lock.lock();
        try {
            var replay = log.after(sessionId, lastEventId);
            if (replay.isEmpty()) {
                return false;
            }
            replay.get().events().forEach(e -> connection.event(e.id(), e.data()));
            if (!complete) {
                writer = connection;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets a connection that went away; events keep being logged. */
    public void detach(SseStream connection) {
        lock.lock();
        try {
            if (writer == connection) {
                writer = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Nothing more will be published. */
    public void complete() {
        lock.lock();
        try {
            complete = true;
            writer = null;
            if (streamId != null) {
                log.complete(streamId);
            }
        } finally {
            lock.unlock();
        }
        done.countDown();
    }

    public boolean isComplete() {
        return done.getCount() == 0;
    }

    /** Waits until the stream completes or the time is up. */
    public boolean awaitCompletion(long millis) throws InterruptedException {
        return done.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
