package dev.mcphex.distribution.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GET stream of a legacy session: server messages not tied to a request (list changes, resource
 * updates, requests to the client). Reconnects with {@code Last-Event-ID} when the stream ends while the
 * session lives; gives up when the server says it offers none (405) or refuses (another 4xx).
 */
final class ServerStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerStream.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Upstream upstream;
    private final Consumer<String> messages;
    private Thread reader;
    private volatile boolean closed;

    ServerStream(Upstream upstream, Consumer<String> messages) {
        this.upstream = upstream;
        this.messages = messages;
    }

    /** Starts reading the stream in the background. */
    synchronized void open() {
        if (reader == null && !closed) {
            reader = Thread.ofVirtual().name("mcphex-proxy-stream").start(this::loop);
        }
    }

    private void loop() {
        String lastEventId = null;
        while (!closed && upstream.sessionId().isPresent()) {
            try {
                HttpResponse<InputStream> response = upstream.openStream(lastEventId);
                int status = response.statusCode();
                if (status != 200) {
                    response.body().close();
                    LOG.info("The server offers no stream of its own messages (HTTP {})", status);
                    return;
                }
                String[] last = {lastEventId};
                SseEvents.read(response.body(), event -> {
                    if (event.id() != null) {
                        last[0] = event.id();
                    }
                    messages.accept(event.data());
                });
                lastEventId = last[0];
            } catch (IOException e) {
                LOG.debug("The server's stream broke: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!closed) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (reader != null) {
            reader.interrupt();
        }
    }
}
