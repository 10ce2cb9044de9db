package dev.mcphex.ports.driven;

import java.util.List;

/**
 * The durable history of the requests the server answered: who called what, when, with which
 * arguments, and how it ended. Writes come off the request path in batches; reads serve operators.
 * Implementations throw {@link StoreUnavailableException} when their store cannot be reached.
 */
public interface ConversationLog {

    /** Stores one entry; appending an id twice keeps the first. */
    void append(HistoryEntry entry);

    /** Stores several entries, in one round trip where the store allows it. */
    default void appendAll(List<HistoryEntry> entries) {
        entries.forEach(this::append);
    }

    /**
     * Reads one page of matching entries, newest first (by time, then by id).
     *
     * @throws IllegalArgumentException if the query's cursor is not one this log handed out
     */
    HistoryPage query(HistoryQuery query);
}
