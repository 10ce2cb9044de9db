package dev.mcphex.domain.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.EventLogContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryEventLogTest extends EventLogContract {
    private final EventLog log = new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(5), 100);

    @Override
    protected EventLog log() {
        return log;
    }

    @Test
    void streams_keepOnlyTheNewestEvents() {
        var small = new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(5), 2);
        String stream = small.open("s");
        String first = small.append(stream, "1");
        small.append(stream, "2");
        small.append(stream, "3");
        assertThat(small.after("s", first).orElseThrow().events()).extracting(EventLog.StoredEvent::data)
                .containsExactly("2", "3");
    }

    @Test
    void openingManyStreams_readsTheClockAFewTimesPerStream_notOncePerStoredStream() {
        var clock = new CountingClock();
        var log = new InMemoryEventLog(clock, Duration.ofMinutes(10), 100);
        int streams = 2_000;
        for (int i = 0; i < streams; i++) {
            log.open("session");
        }
        // Sweeping on every open reads the clock once per stored stream: about streams² / 2 reads.
        assertThat(clock.reads).isLessThan(5L * streams);
    }

    /** A fixed clock that counts how often it is read. */
    private static final class CountingClock extends Clock {
        long reads;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            reads++;
            return Instant.parse("2026-01-01T00:00:00Z");
        }
    }
}
