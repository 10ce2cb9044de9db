package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.HistoryCursor;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
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
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** Conversation history in the {@code history} table, written in batches. */
public final class JdbiConversationLog implements ConversationLog {
    private static final String INSERT = """
            insert into history (id, occurred_at, principal, era, session, method, tool, arguments, result_summary,
                                 duration_micros, status, error_code, trace_id)
            values (:id, :at, :principal, :era, :session, :method, :tool, cast(:arguments as jsonb), :summary,
                    :micros, :status, :errorCode, :traceId)
            on conflict (id) do nothing""";

    private final PostgresDatabase database;

    public JdbiConversationLog(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void append(HistoryEntry entry) {
        appendAll(List.of(entry));
    }

    @Override
    public void appendAll(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        database.inTransaction("history write", handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            for (HistoryEntry e : entries) {
                batch.bind("id", UUID.fromString(e.id()))
                        .bind("at", OffsetDateTime.ofInstant(e.timestamp(), ZoneOffset.UTC))
                        .bind("principal", e.principal()).bind("era", e.era().name())
                        .bind("session", e.session()).bind("method", e.method()).bind("tool", e.tool())
                        .bind("arguments", Json.write(e.arguments())).bind("summary", e.resultSummary())
                        .bind("micros", e.duration().toNanos() / 1_000).bind("status", e.status().name())
                        .bind("errorCode", e.errorCode()).bind("traceId", e.traceId())
                        .add();
            }
            return batch.execute();
        });
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
