package dev.mcphex.ports.agents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One step of a run: a model turn, a tool call, a hand-over to another agent, or the merge of answers.
 *
 * @param runId          the run it belongs to
 * @param seq            its place in the run, from 1, without gaps
 * @param agent          the agent that took it
 * @param kind           what it was, such as {@code model}, {@code tool}, {@code delegate} or {@code merge}
 * @param tool           the tool called, for a tool step; else {@code null}
 * @param input          what went in, as JSON, or {@code null}
 * @param output         what came out (for a model turn, its text, tool calls and tokens), or {@code null}
 * @param status         how it ended
 * @param startedAt      when it started
 * @param durationMicros how long it took
 */
public record AgentStep(UUID runId, int seq, String agent, String kind, String tool, JsonNode input, JsonNode output,
                        AgentStepStatus status, Instant startedAt, long durationMicros) {
    public AgentStep {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        if (seq <= 0) {
            throw new IllegalArgumentException("step numbers start at 1");
        }
    }
}
