package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.agents.AgentStep;
import dev.mcphex.ports.agents.AgentStepStatus;
import dev.mcphex.ports.jsonrpc.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Agent runs in {@code agent_runs} and their steps in {@code agent_steps}, readable from every instance and
 * after a restart. A run's task id is a plain reference: the task may live in another store.
 */
public final class JdbiAgentRunStore implements AgentRunStore {
    private final PostgresDatabase database;

    public JdbiAgentRunStore(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void start(AgentRun run) {
        if (run.status() != AgentRunStatus.RUNNING) {
            throw new IllegalArgumentException("a run starts running, not " + run.status());
        }
        int inserted = database.withHandle("agent run start", handle -> handle.createUpdate("""
                        insert into agent_runs (id, agent, owner, task_id, status, input, started_at)
                        values (:id, :agent, :owner, :taskId, 'running', cast(:input as jsonb), :startedAt)
                        on conflict (id) do nothing""")
                .bind("id", run.id()).bind("agent", run.agent()).bind("owner", run.owner())
                .bind("taskId", run.taskId()).bind("input", Json.write(run.input()))
                .bind("startedAt", utc(run.startedAt()))
                .execute());
        if (inserted == 0) {
            throw new IllegalArgumentException("agent run exists: " + run.id());
        }
    }

    @Override
    public void append(AgentStep step) {
        int inserted = database.withHandle("agent step append", handle -> handle.createUpdate("""
                        insert into agent_steps (run_id, seq, agent, kind, tool, input, output, status, started_at,
                                                 duration_micros)
                        select :runId, :seq, :agent, :kind, :tool, cast(:input as jsonb), cast(:output as jsonb),
                               :status, :startedAt, :micros
                        where exists (select 1 from agent_runs where id = :runId)
                        on conflict (run_id, seq) do nothing""")
                .bind("runId", step.runId()).bind("seq", step.seq()).bind("agent", step.agent())
                .bind("kind", step.kind()).bind("tool", step.tool()).bind("input", json(step.input()))
                .bind("output", json(step.output())).bind("status", lower(step.status()))
                .bind("startedAt", utc(step.startedAt())).bind("micros", step.durationMicros())
                .execute());
        if (inserted == 0) {
            throw new IllegalArgumentException("agent run " + step.runId() + " is unknown or has a step " + step.seq());
        }
    }

    @Override
    public Optional<AgentRun> finish(UUID runId, AgentRunStatus status, JsonNode output, String error,
                                     Instant finishedAt) {
        if (!status.terminal()) {
            throw new IllegalArgumentException("a run ends in a final status, not " + status);
        }
        return database.withHandle("agent run finish", handle -> handle.createQuery("""
                        update agent_runs set status = :status, output = cast(:output as jsonb), error = :error,
                            finished_at = :finishedAt
                        where id = :id and status = 'running'
                        returning *""")
                .bind("id", runId).bind("status", lower(status)).bind("output", json(output)).bind("error", error)
                .bind("finishedAt", utc(finishedAt))
                .map((rs, ctx) -> readRun(rs)).findOne())
                .or(() -> find(runId));
    }

    @Override
    public Optional<AgentRun> find(UUID runId) {
        return database.withHandle("agent run read", handle -> handle
                .createQuery("select * from agent_runs where id = :id").bind("id", runId)
                .map((rs, ctx) -> readRun(rs)).findOne());
    }

    @Override
    public List<AgentStep> steps(UUID runId) {
        return database.withHandle("agent step read", handle -> handle
                .createQuery("select * from agent_steps where run_id = :id order by seq").bind("id", runId)
                .map((rs, ctx) -> readStep(rs)).list());
    }

    @Override
    public List<AgentRun> recent(String owner, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return database.withHandle("agent run read", handle -> handle.createQuery("""
                        select * from agent_runs where owner = :owner
                        order by started_at desc, id desc limit :limit""")
                .bind("owner", owner).bind("limit", limit)
                .map((rs, ctx) -> readRun(rs)).list());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String json(JsonNode node) {
        return node == null ? null : Json.write(node);
    }

    private static JsonNode json(String text) {
        return text == null ? null : Json.parse(text);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static AgentRun readRun(ResultSet rs) throws SQLException {
        return new AgentRun(rs.getObject("id", UUID.class), rs.getString("agent"), rs.getString("owner"),
                rs.getString("task_id"), AgentRunStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                json(rs.getString("input")), json(rs.getString("output")), rs.getString("error"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
    }

    private static AgentStep readStep(ResultSet rs) throws SQLException {
        return new AgentStep(rs.getObject("run_id", UUID.class), rs.getInt("seq"), rs.getString("agent"),
                rs.getString("kind"), rs.getString("tool"), json(rs.getString("input")), json(rs.getString("output")),
                AgentStepStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                instant(rs.getTimestamp("started_at")), rs.getLong("duration_micros"));
    }
}
