package dev.mcphex.ports.driven;

import java.time.Instant;

/**
 * Which history entries to read, newest first. Every filter is optional ({@code null} matches all).
 *
 * @param session   only entries of this legacy session id or modern handle
 * @param principal only entries of this subject
 * @param from      only entries at or after this time
 * @param to        only entries before this time
 * @param limit     at most this many entries per page, 1 to {@link #MAX_LIMIT}
 * @param cursor    {@link HistoryPage#nextCursor()} of the previous page, or {@code null} for the first
 */
public record HistoryQuery(String session, String principal, Instant from, Instant to, int limit, String cursor) {
    /** The largest page. */
    public static final int MAX_LIMIT = 500;

    public HistoryQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** The first page of everything, {@code limit} entries long. */
    public static HistoryQuery all(int limit) {
        return new HistoryQuery(null, null, null, null, limit, null);
    }

    public HistoryQuery bySession(String value) {
        return new HistoryQuery(value, principal, from, to, limit, cursor);
    }

    public HistoryQuery byPrincipal(String value) {
        return new HistoryQuery(session, value, from, to, limit, cursor);
    }

    public HistoryQuery between(Instant start, Instant end) {
        return new HistoryQuery(session, principal, start, end, limit, cursor);
    }

    public HistoryQuery after(String nextCursor) {
        return new HistoryQuery(session, principal, from, to, limit, nextCursor);
    }

    /** Whether {@code entry} passes the filters (the cursor aside). */
    public boolean matches(HistoryEntry entry) {
        return (session == null || session.equals(entry.session()))
                && (principal == null || principal.equals(entry.principal()))
                && (from == null || !entry.timestamp().isBefore(from))
                && (to == null || entry.timestamp().isBefore(to));
    }
}
