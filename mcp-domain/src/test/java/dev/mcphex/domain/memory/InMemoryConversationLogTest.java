package dev.mcphex.domain.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.ConversationLogContract;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryQuery;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryConversationLogTest extends ConversationLogContract {
    private final ConversationLog log = new InMemoryConversationLog(1_000);

    @Override
    protected ConversationLog log() {
        return log;
    }

    @Test
    void pastCapacity_theOldestEntriesAreForgotten() {
        var small = new InMemoryConversationLog(2);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        HistoryEntry oldest = entry("s", "p", t);
        HistoryEntry middle = entry("s", "p", t.plusSeconds(1));
        HistoryEntry newest = entry("s", "p", t.plusSeconds(2));
        small.append(oldest);
        small.append(newest);
        small.append(middle);
        assertThat(small.query(HistoryQuery.all(10)).entries()).containsExactly(newest, middle);
    }
}
