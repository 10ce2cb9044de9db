package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The behaviour every {@link EventLog} implementation must have. */
public abstract class EventLogContract {

    /** The log under test. */
    protected abstract EventLog log();

    private static String session() {
        return "session-" + UUID.randomUUID();
    }

    @Test
    void eventsAfterAnId_areReplayedInOrder() {
        String session = session();
        String stream = log().open(session);
        String first = log().append(stream, "{\"n\":1}");
        log().append(stream, "{\"n\":2}");
        String third = log().append(stream, "{\"n\":3}");
        var replay = log().after(session, first).orElseThrow();
        assertThat(replay.streamId()).isEqualTo(stream);
        assertThat(replay.events()).extracting(EventLog.StoredEvent::data).containsExactly("{\"n\":2}", "{\"n\":3}");
        assertThat(replay.events().get(1).id()).isEqualTo(third);
        assertThat(replay.complete()).isFalse();
        assertThat(log().after(session, third).orElseThrow().events()).isEmpty();
    }

    @Test
    void thePrimingId_replaysTheWholeStream() {
        String session = session();
        String stream = log().open(session);
        assertThat(log().after(session, stream + ":0").orElseThrow().events()).isEmpty();
        log().append(stream, "{\"n\":1}");
        log().append(stream, "{\"n\":2}");

        assertThat(log().after(session, stream + ":0").orElseThrow().events()).extracting(EventLog.StoredEvent::data)
                .containsExactly("{\"n\":1}", "{\"n\":2}");
    }

    @Test
    void streams_areSeparate() {
        String session = session();
        String a = log().open(session);
        String b = log().open(session);
        assertThat(a).isNotEqualTo(b).doesNotContain(":");
        String fromA = log().append(a, "{\"s\":\"a\"}");
        log().append(b, "{\"s\":\"b\"}");
        log().append(a, "{\"s\":\"a2\"}");
        assertThat(log().after(session, fromA).orElseThrow().events()).extracting(EventLog.StoredEvent::data)
                .containsExactly("{\"s\":\"a2\"}");
    }

    @Test
    void anotherSession_cannotReplayTheStream() {
        String stream = log().open(session());
        String id = log().append(stream, "{}");
        assertThat(log().after(session(), id)).isEmpty();
    }

    @Test
    void unknownOrMalformedIds_replayNothing() {
        String session = session();
        assertThat(log().after(session, "nonsense")).isEmpty();
        assertThat(log().after(session, "no-such-stream:5")).isEmpty();
        assertThat(log().after(session, "")).isEmpty();
    }

    @Test
    void completedStreams_stayReplayable_andSaySo() {
        String session = session();
        String stream = log().open(session);
        String first = log().append(stream, "{\"n\":1}");
        log().append(stream, "{\"n\":2}");
        log().complete(stream);
        var replay = log().after(session, first).orElseThrow();
        assertThat(replay.complete()).isTrue();
        assertThat(replay.events()).hasSize(1);
    }

    @Test
    void awaitingAfterAnId_returnsWhatIsThereAlready() {
        String session = session();
        String stream = log().open(session);
        String first = log().append(stream, "{\"n\":1}");
        log().append(stream, "{\"n\":2}");

        var replay = log().awaitAfter(session, first, Duration.ofMinutes(1)).orElseThrow();

        assertThat(replay.events()).extracting(EventLog.StoredEvent::data).containsExactly("{\"n\":2}");
        assertThat(replay.complete()).isFalse();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void awaitingAfterTheLastEvent_returnsTheNextOneAppended() {
        String session = session();
        String stream = log().open(session);
        String first = log().append(stream, "{\"n\":1}");
        var appended = later(() -> log().append(stream, "{\"n\":2}"));

        var replay = log().awaitAfter(session, first, Duration.ofSeconds(20)).orElseThrow();

        assertThat(replay.events()).extracting(EventLog.StoredEvent::data).containsExactly("{\"n\":2}");
        assertThat(replay.events().getFirst().id()).isEqualTo(appended.join());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void awaitingAfterTheLastEvent_endsWhenTheStreamCompletes() {
        String session = session();
        String stream = log().open(session);
        String first = log().append(stream, "{\"n\":1}");
        later(() -> {
            log().complete(stream);
            return stream;
        });

        var replay = log().awaitAfter(session, first, Duration.ofSeconds(20)).orElseThrow();

        assertThat(replay.complete()).isTrue();
        assertThat(replay.events()).isEmpty();
    }

    @Test
    void awaitingOnAQuietStream_returnsNothingNewOnceTheWaitIsOver() {
        String session = session();
        String stream = log().open(session);
        String first = log().append(stream, "{\"n\":1}");

        var replay = log().awaitAfter(session, first, Duration.ofMillis(100)).orElseThrow();

        assertThat(replay.events()).isEmpty();
        assertThat(replay.complete()).isFalse();
        assertThat(replay.streamId()).isEqualTo(stream);
    }

    @Test
    void awaitingOnUnknownOrForeignStreams_returnsEmpty() {
        String session = session();
        String stream = log().open(session);
        String first = log().append(stream, "{}");
        assertThat(log().awaitAfter(session(), first, Duration.ofMillis(100))).isEmpty();
        assertThat(log().awaitAfter(session, "nonsense", Duration.ofMillis(100))).isEmpty();
    }

    /** Runs {@code action} on another thread once the caller has had time to start waiting. */
    private static <T> CompletableFuture<T> later(java.util.function.Supplier<T> action) {
        return CompletableFuture.supplyAsync(action, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
    }
}
