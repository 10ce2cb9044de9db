package dev.mcphex.ports.agents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One run of a task across one or more agents.
 *
 * @param id         the run's id
 * @param agent      the agent (or, for a multi-agent strategy, the lead agent) it was started with
 * @param owner      the subject of the principal that started it; only it may read the run
 * @param taskId     the task of the tasks extension it runs under, or {@code null}
 * @param status     where it stands
 * @param input      what it was asked (task text, strategy, agents), as JSON
 * @param output     its final answer and cost, as JSON, once completed; else {@code null}
 * @param error      why it failed or was cancelled (including an exhausted budget); else {@code null}
 * @param startedAt  when it started
 * @param finishedAt when it reached a final status, else {@code null}
 */
public record AgentRun(UUID id, String agent, String owner, String taskId, AgentRunStatus status, JsonNode input,
                       JsonNode output, String error, Instant startedAt, Instant finishedAt) {
    public AgentRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
