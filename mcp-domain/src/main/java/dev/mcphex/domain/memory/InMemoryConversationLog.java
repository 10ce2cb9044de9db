package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.HistoryCursor;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * History in this process's memory, keeping the newest {@code capacity} entries; older ones are
 * forgotten as new ones arrive.
 */
public final class InMemoryConversationLog implements ConversationLog {
    private record Key(HistoryEntry entry) {
    }

    private static final Comparator<Key> NEWEST_FIRST = Comparator
            .comparing((Key k) -> k.entry().timestamp()).reversed()
            .thenComparing(k -> k.entry().id(), Comparator.reverseOrder());

    private final ConcurrentSkipListMap<Key, HistoryEntry> entries = new ConcurrentSkipListMap<>(NEWEST_FIRST);
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final int capacity;

    public InMemoryConversationLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void append(HistoryEntry entry) {
        if (!ids.add(entry.id())) {
            return;
        }
        entries.put(new Key(entry), entry);
        while (entries.size() > capacity) {
            var oldest = entries.pollLastEntry();
            ids.remove(oldest.getValue().id());
        }
    }

    @Override
    public HistoryPage query(HistoryQuery query) {
        HistoryCursor cursor = query.cursor() == null ? null : HistoryCursor.decode(query.cursor());
        List<HistoryEntry> page = entries.values().stream()
                .filter(e -> cursor == null || cursor.precedes(e))
                .filter(query::matches)
                .limit(query.limit() + 1L)
                .toList();
        if (page.size() <= query.limit()) {
            return new HistoryPage(page, null);
        }
        List<HistoryEntry> shown = page.subList(0, query.limit());
        return new HistoryPage(shown, HistoryCursor.after(shown.getLast()).encode());
    }
}
