package dev.mcphex.adapter.javalin;

import dev.mcphex.ports.jsonrpc.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A 2024-11-05 client: it opens the event stream, reads it line by line on a virtual thread, and POSTs
 * messages to the URI of the {@code endpoint} event.
 */
final class SseClient implements AutoCloseable {
    /** One server-sent event. */
    record Event(String type, String data) {
        JsonNode json() {
            return Json.parse(data);
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final InputStream body;
    final HttpResponse<InputStream> response;

    SseClient(String base, String streamPath) throws IOException, InterruptedException {
        this.base = base;
        response = http.send(HttpRequest.newBuilder(URI.create(base + streamPath))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        body = response.body();
        Thread.ofVirtual().start(this::read);
    }

    private void read() {
        try (var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String type = "message";
            StringBuilder data = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(type, data.toString()));
                    }
                    type = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // the stream was closed
        }
    }

    /** The next event, failing after five seconds. */
    Event next() throws InterruptedException {
        Event event = events.poll(5, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within 5 s");
        }
        return event;
    }

    /** The next {@code message} event as JSON. */
    JsonNode nextMessage() throws InterruptedException {
        Event event = next();
        if (!"message".equals(event.type())) {
            throw new AssertionError("expected a message event, got " + event);
        }
        return event.json();
    }

    /** Whether an event arrives within {@code millis}. */
    Event poll(long millis) throws InterruptedException {
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    int comments() {
        return comments.get();
    }

    HttpResponse<String> post(String pathAndQuery, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        body.close();
        http.shutdownNow();
    }
}
