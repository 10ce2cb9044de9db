package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

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
}
