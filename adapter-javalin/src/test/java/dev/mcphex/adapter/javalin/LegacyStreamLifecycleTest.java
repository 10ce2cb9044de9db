package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.jsonrpc.Json;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A legacy request opens a resumable stream in the event log only when its answer switches to SSE, and
 * that stream ends when the request is answered.
 */
class LegacyStreamLifecycleTest {
    private final RecordingEventLog log = new RecordingEventLog();
    private HttpTestServer http;

    @BeforeEach
    void start() {
        McpEngine engine = Mcphex.server("legacy", "1.0.0").tool(TestTools.echo()).tool(TestTools.progress()).build();
        http = HttpTestServer.start(engine, log, options -> options);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
    }

    @Test
    void requestAnsweredWithJson_leavesNoStreamInTheLog() {
        var client = new LegacyClient(http, "2025-11-25").open();
        HttpResponse<String> response = http.send(client.post(
                client.call("echo", Json.object().put("text", "hi"), null)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(log.opened).isEmpty();
    }

    @Test
    void requestAnsweredOverSse_opensAStream_andCompletesItWhenAnswered() {
        var client = new LegacyClient(http, "2025-11-25").open();
        HttpResponse<String> response = http.send(client.post(
                client.call("progress", Json.object(), "p-1")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(response.body()).contains("notifications/progress").contains("\"id\":");
        assertThat(log.opened).hasSize(1);
        assertThat(log.completed).containsExactlyInAnyOrderElementsOf(log.opened);
    }

    /** An in-memory log that remembers which streams were opened and which completed. */
    private static final class RecordingEventLog implements EventLog {
        private final EventLog delegate = new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(1), 100);
        final Set<String> opened = ConcurrentHashMap.newKeySet();
        final Set<String> completed = ConcurrentHashMap.newKeySet();

        @Override
        public String open(String sessionId) {
            String id = delegate.open(sessionId);
            opened.add(id);
            return id;
        }

        @Override
        public String append(String streamId, String data) {
            return delegate.append(streamId, data);
        }

        @Override
        public Optional<Replay> after(String sessionId, String lastEventId) {
            return delegate.after(sessionId, lastEventId);
        }

        @Override
        public void complete(String streamId) {
            completed.add(streamId);
            delegate.complete(streamId);
        }
    }
}
