package dev.mcphex.distribution.proxy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a {@code text/event-stream} body event by event (only what MCP uses: id and data fields). */
final class SseEvents {

    /**
     * One event.
     *
     * @param id   the event's id, or null
     * @param data its data lines joined by newlines
     */
    record Event(String id, String data) {
    }

    private SseEvents() {
    }

    /** Hands each event with data to {@code sink} until the stream ends; priming events (empty data) are skipped. */
    static void read(InputStream body, Consumer<Event> sink) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = new StringBuilder();
            boolean hasData = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    if (hasData && !data.isEmpty()) {
                        sink.accept(new Event(id, data.toString()));
                    }
                    id = null;
                    data.setLength(0);
                    hasData = false;
                } else if (line.startsWith("data:")) {
                    data.append(hasData ? "\n" : "").append(value(line, 5));
                    hasData = true;
                } else if (line.startsWith("id:")) {
                    id = value(line, 3);
                }
            }
            if (hasData && !data.isEmpty()) {
                sink.accept(new Event(id, data.toString()));
            }
        }
    }

    private static String value(String line, int prefix) {
        String value = line.substring(prefix);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
