package dev.mcphex.domain.history;

import dev.mcphex.domain.memory.InMemoryConversationLog;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.driven.StoreUnavailableException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A log whose writes fail a given number of times, as a store in an outage would. */
final class FlakyConversationLog implements ConversationLog {
    final InMemoryConversationLog stored = new InMemoryConversationLog(100_000);
    final AtomicInteger failuresLeft = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();

    FlakyConversationLog failing(int times) {
        failuresLeft.set(times);
        return this;
    }

    @Override
    public void append(HistoryEntry entry) {
        appendAll(List.of(entry));
    }

    @Override
    public void appendAll(List<HistoryEntry> entries) {
        calls.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StoreUnavailableException("store unreachable", null);
        }
        entries.forEach(stored::append);
    }

    @Override
    public HistoryPage query(HistoryQuery query) {
        return stored.query(query);
    }

    int size() {
        return stored.query(HistoryQuery.all(HistoryQuery.MAX_LIMIT)).entries().size();
    }
}
