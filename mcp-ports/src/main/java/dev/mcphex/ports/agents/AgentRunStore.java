package dev.mcphex.ports.agents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Keeps every agent run and its steps, so a transcript can be read back from any instance and after a
 * restart.
 */
public interface AgentRunStore {

    /**
     * Records a new run in {@link AgentRunStatus#RUNNING}.
     *
     * @throws IllegalArgumentException if a run with its id exists
     */
    void start(AgentRun run);

    /**
     * Appends a step to a running run.
     *
     * @throws IllegalArgumentException if the run is unknown or a step with its number exists
     */
    void append(AgentStep step);

    /**
     * Ends a running run; a run already ended stays as it was.
     *
     * @param status     a final status
     * @param output     the final answer and cost when completed, else {@code null}
     * @param error      why it failed or was cancelled, else {@code null}
     * @param finishedAt when it ended
     * @return the run after the change; empty if it is unknown
     */
    Optional<AgentRun> finish(UUID runId, AgentRunStatus status, JsonNode output, String error, Instant finishedAt);

    /** The run, if known. */
    Optional<AgentRun> find(UUID runId);

    /** The run's steps in order; empty if it has none or is unknown. */
    List<AgentStep> steps(UUID runId);

    /** The owner's runs, newest first, at most {@code limit} (positive). */
    List<AgentRun> recent(String owner, int limit);
}
