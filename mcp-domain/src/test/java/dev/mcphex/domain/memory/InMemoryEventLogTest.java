package dev.mcphex.domain.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.EventLogContract;
import java.time.Clock;
import java.time.Duration;
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
}
