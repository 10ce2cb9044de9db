package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.agents.AgentStep;
import dev.mcphex.ports.agents.AgentStepStatus;
import dev.mcphex.ports.spi.McpContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Records the steps of one run, numbered without gaps in the order they end, in the {@link AgentRunStore},
 * and tells the caller of each through a progress notification.
 */
final class Transcript {
    private final AgentRunStore store;
    private final UUID runId;
    private final Clock clock;
    private final McpContext caller;
    private final List<AgentStep> steps = new ArrayList<>();

    Transcript(AgentRunStore store, UUID runId, Clock clock, McpContext caller) {
        this.store = store;
        this.runId = runId;
        this.clock = clock;
        this.caller = caller;
    }

    Instant now() {
        return clock.instant();
    }

    /** Records a step that began at {@code startedAt} and ends now. */
    synchronized AgentStep record(String agent, String kind, String tool, JsonNode input, JsonNode output,
                                  AgentStepStatus status, Instant startedAt) {
        long micros = Math.max(0, Duration.between(startedAt, clock.instant()).toNanos() / 1000);
        var step = new AgentStep(runId, steps.size() + 1, agent, kind, tool, input, output, status, startedAt, micros);
        store.append(step);
        steps.add(step);
        caller.progress(step.seq(), null, agent + ": " + kind + (tool == null ? "" : " " + tool)
                + (status == AgentStepStatus.OK ? "" : " (" + status.name().toLowerCase() + ")"));
        return step;
    }

    synchronized List<AgentStep> steps() {
        return List.copyOf(steps);
    }
}
