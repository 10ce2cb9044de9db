package dev.mcphex.ports.driven;

import java.util.List;
import java.util.Optional;

/**
 * One page of history, newest first.
 *
 * @param entries    the entries
 * @param nextCursor where the next page starts, or {@code null} on the last page
 */
public record HistoryPage(List<HistoryEntry> entries, String nextCursor) {
    public HistoryPage {
        entries = List.copyOf(entries);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
