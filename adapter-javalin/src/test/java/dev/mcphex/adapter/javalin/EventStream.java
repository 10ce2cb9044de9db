package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.fail;

import dev.mcphex.ports.jsonrpc.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * The client side of one Server-Sent Events response: a background thread reads it line by line, and
 * the test takes whole events with a timeout. Closing it drops the connection, as a departing client would.
 */
final class EventStream implements AutoCloseable {
    private static final String END = "\u0000end";

    /** One event block; {@code data} is null when the block had no data line (a comment). */
    record Event(String id, String retry, String data, String comment) {
        JsonNode message() {
            return Json.parse(data);
        }

        boolean carriesMessage() {
            return data != null && !data.isEmpty();
        }
    }

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private boolean ended;

    EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        Thread.ofVirtual().name("sse-reader").start(this::read);
    }

    private void read() {
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the connection closed; the end marker follows
        } finally {
            lines.add(END);
        }
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    int status() {
        return response.statusCode();
    }

    Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    /** The next event block, failing the test if none comes in time or the stream ends. */
    Event next() {
        return nextWithin(HttpTestServer.WAIT).orElseGet(() -> fail("the stream ended before the next event"));
    }

    /** The next event block, or empty when the stream ended; fails if nothing happens in time. */
    Optional<Event> nextWithin(Duration timeout) {
        String id = null;
        String retry = null;
        StringBuilder data = null;
        String comment = null;
        while (true) {
            String line = take(timeout);
            if (line == null) {
                return Optional.empty();
            }
            if (line.isEmpty()) {
                if (id != null || retry != null || data != null || comment != null) {
                    return Optional.of(new Event(id, retry, data == null ? null : data.toString(), comment));
                }
                continue;
            }
            if (line.startsWith(":")) {
                comment = line.substring(1).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("retry:")) {
                retry = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
    }

    /** The next event carrying a JSON-RPC message, skipping comments and priming events. */
    Event nextMessageEvent() {
        while (true) {
            Event event = next();
            if (event.carriesMessage()) {
                return event;
            }
        }
    }

    JsonNode nextMessage() {
        return nextMessageEvent().message();
    }

    /** Every message until the server ends the stream. */
    List<JsonNode> remainingMessages() {
        List<JsonNode> messages = new ArrayList<>();
        for (Optional<Event> event = nextWithin(HttpTestServer.WAIT); event.isPresent();
             event = nextWithin(HttpTestServer.WAIT)) {
            if (event.get().carriesMessage()) {
                messages.add(event.get().message());
            }
        }
        return messages;
    }

    /** Whether the server ended the stream within the time. */
    boolean endsWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (END.equals(line)) {
                    ended = true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private String take(Duration timeout) {
        if (ended) {
            return null;
        }
        try {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                return fail("no event within " + timeout);
            }
            if (END.equals(line)) {
                ended = true;
                return null;
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while reading the stream");
        }
    }

    /** Drops the connection. */
    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // already closed
        }
    }
}
