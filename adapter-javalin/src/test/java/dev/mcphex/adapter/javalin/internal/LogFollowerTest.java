package dev.mcphex.adapter.javalin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.ports.driven.EventLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A resuming client served from the log alone, as an instance that does not hold the stream serves it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LogFollowerTest {
    private static final String SESSION = "session";

    private final EventLog log = new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(5), 100);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final SseStream sse = new SseStream(out, () -> { });
    private final String stream = log.open(SESSION);

    private boolean follow(String lastEventId) {
        return LogFollower.follow(log, SESSION, lastEventId, log.after(SESSION, lastEventId).orElseThrow(), sse,
                () -> false);
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void later(Runnable action) {
        CompletableFuture.runAsync(action, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
    }

    @Test
    void aStreamStillBeingWritten_isFollowedUntilItsResponse() {
        String first = log.append(stream, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progress\":1}}");
        later(() -> {
            log.append(stream, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progress\":2}}");
            log.append(stream, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}");
            log.complete(stream);
        });

        assertThat(follow(first)).isTrue();

        assertThat(written()).doesNotContain("\"progress\":1").contains("\"progress\":2")
                .endsWith("data: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n");
    }

    @Test
    void aCompletedStream_isReplayedAndServed() {
        String first = log.append(stream, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}");
        log.append(stream, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"n\":2}}");
        log.complete(stream);

        assertThat(follow(first)).isTrue();
        assertThat(written()).contains("\"n\":2");
    }

    @Test
    void aStandaloneStreamWhoseWriterStops_isLeftToTheCallerToCarryOn() {
        String first = log.append(stream, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}");
        later(() -> {
            log.append(stream, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/list_changed\"}");
            log.complete(stream);
        });

        assertThat(follow(first)).isFalse();
        assertThat(written()).contains("notifications/resources/list_changed");
    }

    @Test
    void aClientThatLeft_isNoLongerFollowed() {
        String first = log.append(stream, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}");

        boolean served = LogFollower.follow(log, SESSION, first, log.after(SESSION, first).orElseThrow(), sse,
                () -> true);

        assertThat(served).isTrue();
    }
}
