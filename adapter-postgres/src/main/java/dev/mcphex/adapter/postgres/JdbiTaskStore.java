package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStatus;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.Query;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks of the tasks extension in the {@code tasks} table, shared by every instance on the database. Each
 * change is one {@code UPDATE} guarded by the task being active and unexpired, so concurrent changes
 * serialise on the row and terminal tasks are never touched. Expired rows are ignored, and deleted at most
 * once per {@link #PURGE_EVERY} when a task is created.
 */
public final class JdbiTaskStore implements TaskStore {
    /** How often expired rows are deleted. */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private static final String ACTIVE = "id = :id and expires_at > :now and status in ('working', 'input_required')";

    private final PostgresDatabase database;
    private final Clock clock;
    private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

    public JdbiTaskStore(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void create(TaskRecord t) {
        Instant now = clock.instant();
        purgeExpired(now);
        // A row left by an expired task with the same id is replaced; a live one is not.
        int inserted = database.withHandle("task create", handle -> handle.createUpdate("""
                        insert into tasks (id, owner, status, created_at, updated_at, ttl_millis, expires_at,
                                           poll_interval_millis, input_requests, input_responses, result, error)
                        values (:id, :owner, :status, :createdAt, :updatedAt, :ttl, :expiresAt, :poll,
                                cast(:requests as jsonb), cast(:responses as jsonb), cast(:result as jsonb),
                                cast(:error as jsonb))
                        on conflict (id) do update set owner = excluded.owner, status = excluded.status,
                            created_at = excluded.created_at, updated_at = excluded.updated_at,
                            ttl_millis = excluded.ttl_millis, expires_at = excluded.expires_at,
                            poll_interval_millis = excluded.poll_interval_millis,
                            input_requests = excluded.input_requests, input_responses = excluded.input_responses,
                            result = excluded.result, error = excluded.error, session = null, method = null,
                            status_message = null, request = '{}'::jsonb
                        where tasks.expires_at <= :now""")
                .bind("id", t.taskId()).bind("owner", t.owner()).bind("status", t.status().wire())
                .bind("createdAt", utc(t.createdAt())).bind("updatedAt", utc(t.lastUpdatedAt()))
                .bind("ttl", t.ttlMs()).bind("expiresAt", utc(t.expiresAt())).bind("poll", t.pollIntervalMs())
                .bind("requests", Json.write(t.inputRequests())).bind("responses", Json.write(t.inputResponses()))
                .bind("result", json(t.result())).bind("error", json(t.error())).bind("now", utc(now))
                .execute());
        if (inserted == 0) {
            throw new IllegalArgumentException("task exists: " + t.taskId());
        }
    }

    @Override
    public Optional<TaskRecord> find(String taskId) {
        return database.withHandle("task read", handle -> handle
                .createQuery("select * from tasks where id = :id and expires_at > :now")
                .bind("id", taskId).bind("now", utc(clock.instant()))
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<TaskRecord> list(String owner, String afterTaskId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        OffsetDateTime now = utc(clock.instant());
        return database.withHandle("task list", handle -> {
            Query query = afterTaskId == null
                    ? handle.createQuery("""
                            select * from tasks where owner = :owner and expires_at > :now
                            order by created_at desc, id collate "C" desc limit :limit""")
                    : handle.createQuery("""
                            select t.* from tasks t
                            join tasks a on a.id = :after and a.owner = :owner and a.expires_at > :now
                            where t.owner = :owner and t.expires_at > :now
                              and (t.created_at < a.created_at
                                   or (t.created_at = a.created_at and t.id collate "C" < a.id collate "C"))
                            order by t.created_at desc, t.id collate "C" desc limit :limit""")
                    .bind("after", afterTaskId);
            return query.bind("owner", owner).bind("now", now).bind("limit", limit).map((rs, ctx) -> read(rs)).list();
        });
    }

    @Override
    public Optional<TaskRecord> requireInput(String taskId, ObjectNode inputRequests) {
        String status = inputRequests.isEmpty() ? TaskStatus.WORKING.wire() : TaskStatus.INPUT_REQUIRED.wire();
        return change(taskId, "status = :status, input_requests = cast(:requests as jsonb)", "true",
                Map.of("status", status, "requests", Json.write(inputRequests)));
    }

    @Override
    public Optional<TaskRecord> recordResponses(String taskId, ObjectNode inputResponses) {
        // Every expression sees the row as it was: answered keys leave the pending requests and their answers
        // join the responses; nothing changes unless something pending is answered.
        String[] answered = inputResponses.propertyNames().toArray(String[]::new);
        return change(taskId, """
                        input_requests = input_requests - cast(:answered as text[]),
                        input_responses = input_responses || coalesce((select jsonb_object_agg(key, value)
                            from jsonb_each(cast(:answers as jsonb))
                            where key in (select jsonb_object_keys(input_requests))), '{}'::jsonb),
                        status = case when input_requests - cast(:answered as text[]) = '{}'::jsonb
                            then 'working' else 'input_required' end""",
                "input_requests - cast(:answered as text[]) <> input_requests",
                Map.of("answered", answered, "answers", Json.write(inputResponses)));
    }

    @Override
    public Optional<TaskRecord> complete(String taskId, ObjectNode result) {
        return change(taskId, "status = 'completed', input_requests = '{}'::jsonb, result = cast(:result as jsonb)",
                "true", Map.of("result", Json.write(result)));
    }

    @Override
    public Optional<TaskRecord> fail(String taskId, ObjectNode error) {
        return change(taskId, "status = 'failed', input_requests = '{}'::jsonb, error = cast(:error as jsonb)",
                "true", Map.of("error", Json.write(error)));
    }

    @Override
    public Optional<TaskRecord> cancel(String taskId) {
        return change(taskId, "status = 'cancelled', input_requests = '{}'::jsonb", "true", Map.of());
    }

    /**
     * Applies {@code assignments} to the task in one statement if it is active, unexpired and {@code condition}
     * holds; otherwise (terminal, or nothing to change) the task is returned as it is.
     */
    private Optional<TaskRecord> change(String taskId, String assignments, String condition,
                                        Map<String, Object> bindings) {
        OffsetDateTime now = utc(clock.instant());
        return database.withHandle("task change", handle -> handle.createQuery(
                        "update tasks set " + assignments + ", updated_at = :now where " + ACTIVE + " and ("
                                + condition + ") returning *")
                .bind("id", taskId).bind("now", now).bindMap(bindings)
                .map((rs, ctx) -> read(rs)).findOne())
                .or(() -> find(taskId));
    }

    private void purgeExpired(Instant now) {
        long due = nextPurge.get();
        if (now.toEpochMilli() < due || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY).toEpochMilli())) {
            return;
        }
        database.withHandle("task purge", handle -> handle.createUpdate("delete from tasks where expires_at <= :now")
                .bind("now", utc(now)).execute());
    }

    private static String json(ObjectNode node) {
        return node == null ? null : Json.write(node);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ObjectNode object(String json) {
        return json == null ? null : (ObjectNode) Json.parse(json);
    }

    private static TaskRecord read(ResultSet rs) throws SQLException {
        return new TaskRecord(rs.getString("id"), rs.getString("owner"), TaskStatus.fromWire(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("ttl_millis"), rs.getLong("poll_interval_millis"), object(rs.getString("input_requests")),
                object(rs.getString("input_responses")), object(rs.getString("result")), object(rs.getString("error")));
    }
}
