package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.HistoryCursor;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;

/** Conversation history in the {@code history} table, written in batches. */
public final class JdbiConversationLog implements ConversationLog {
    private static final String COPY = "copy history (" + HistoryRows.COLUMNS + ") from stdin (format binary)";
    private static final String COPY_TO_STAGING =
            "copy history_staging (" + HistoryRows.COLUMNS + ") from stdin (format binary)";

    private static final String ASYNCHRONOUS_COMMIT = "set local synchronous_commit = off";

    private final PostgresDatabase database;

    public JdbiConversationLog(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void append(HistoryEntry entry) {
        appendAll(List.of(entry));
    }

    /**
     * Writes {@code entries} with one {@code COPY}, the cheapest way for PostgreSQL to take many rows.
     * A batch some of whose entries are stored already (a retry of a write whose commit went through
     * unacknowledged) is copied into a temporary table instead, and only its new entries inserted.
     *
     * <p>The transaction commits without waiting for its WAL to reach the disk
     * ({@code synchronous_commit = off}, for this transaction alone). The entries have waited in the
     * server's memory before this write, so a crash of the server could lose them already; a crash of
     * PostgreSQL can now lose the last fraction of a second of written batches too (at most three times
     * {@code wal_writer_delay}), never part of one. In exchange a slow flush, as during a checkpoint,
     * no longer holds up the writer while requests keep filling the buffer.
     */
    @Override
    public void appendAll(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        byte[] rows = HistoryRows.of(entries);
        try {
            database.inTransaction("history write", handle -> {
                handle.execute(ASYNCHRONOUS_COMMIT);
                return database.copyIn("history write", handle, COPY, rows);
            });
        } catch (StoreUnavailableException e) {
            if (!PostgresDatabase.isUniqueViolation(e)) {
                throw e;
            }
            database.inTransaction("history write", handle -> {
                handle.execute(ASYNCHRONOUS_COMMIT);
                handle.execute("create temporary table history_staging (like history including defaults) on commit drop");
                database.copyIn("history write", handle, COPY_TO_STAGING, rows);
                return handle.execute(
                        "insert into history select * from history_staging on conflict (occurred_at, id) do nothing");
            });
        }
    }

    @Override
    public HistoryPage query(HistoryQuery query) {
        HistoryCursor cursor = query.cursor() == null ? null : HistoryCursor.decode(query.cursor());
        UUID cursorId = cursor == null ? null : parseId(cursor.id());
        List<String> where = new ArrayList<>();
        if (query.session() != null) {
            where.add("session = :session");
        }
        if (query.principal() != null) {
            where.add("principal = :principal");
        }
        if (query.from() != null) {
            where.add("occurred_at >= :from");
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
        }
        if (cursor != null) {
            where.add("(occurred_at, id) < (:cursorAt, :cursorId)");
        }
        String sql = "select * from history" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by occurred_at desc, id desc limit :limit";
        List<HistoryEntry> rows = database.withHandle("history read", handle -> {
            Query q = handle.createQuery(sql).bind("limit", query.limit() + 1);
            if (query.session() != null) {
                q.bind("session", query.session());
            }
            if (query.principal() != null) {
                q.bind("principal", query.principal());
            }
            if (query.from() != null) {
                q.bind("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
            }
            if (query.to() != null) {
                q.bind("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
            }
            if (cursor != null) {
                q.bind("cursorAt", OffsetDateTime.ofInstant(cursor.timestamp(), ZoneOffset.UTC))
                        .bind("cursorId", cursorId);
            }
            return q.map((rs, ctx) -> read(rs)).list();
        });
        if (rows.size() <= query.limit()) {
            return new HistoryPage(rows, null);
        }
        List<HistoryEntry> shown = rows.subList(0, query.limit());
        return new HistoryPage(shown, HistoryCursor.after(shown.getLast()).encode());
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid history cursor", e);
        }
    }

    private static HistoryEntry read(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at");
        int code = rs.getInt("error_code");
        Integer errorCode = rs.wasNull() ? null : code;
        return new HistoryEntry(rs.getString("id"), at.toInstant(), rs.getString("principal"),
                Era.valueOf(rs.getString("era")), rs.getString("session"), rs.getString("method"),
                rs.getString("tool"), Json.parse(rs.getString("arguments")), rs.getString("result_summary"),
                Duration.of(rs.getLong("duration_micros"), ChronoUnit.MICROS),
                HistoryEntry.Status.valueOf(rs.getString("status")), errorCode, rs.getString("trace_id"));
    }
}
