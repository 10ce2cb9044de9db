package dev.mcphex.distribution.scale;

import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** A server-sent event stream read line by line on a thread of its own, so every read can time out. */
final class SseStream implements AutoCloseable {
    /** The longest a test waits for one event. */
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final String END = "\u0000end";

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread pump;
    private final StringBuilder seen = new StringBuilder();

    /** An event: its id (or {@code null}) and its data parsed as JSON. */
    record Event(String id, JsonNode message) {
    }

    private SseStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.pump = Thread.ofVirtual().start(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                lines.add("");
            } finally {
                lines.add(END);
            }
        });
    }

    static SseStream open(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return new SseStream(client.send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return response.statusCode();
    }

    /** The next event that carries data. */
    Event next() throws InterruptedException {
        return next(WAIT);
    }

    /** The next event that carries data, within {@code wait} of each line. */
    Event next(Duration wait) throws InterruptedException {
        String id = null;
        StringBuilder data = new StringBuilder();
        while (true) {
            String line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || END.equals(line)) {
                throw new IllegalStateException((line == null ? "no event within " + wait : "the stream ended")
                        + " after reading:\n" + seen);
            }
            seen.append(line).append('\n');
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    return new Event(id, Json.parse(data.toString()));
                }
                id = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
    }

    /** The next event whose message has this method, or is a response when {@code method} is empty. */
    Event next(String method) throws InterruptedException {
        return next(method, WAIT);
    }

    /** The next event whose message has this method, waiting at most {@code wait} for each line. */
    Event next(String method, Duration wait) throws InterruptedException {
        while (true) {
            Event event = next(wait);
            if (event.message().path("method").asString().equals(method)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        pump.interrupt();
        response.body().close();
    }
}
