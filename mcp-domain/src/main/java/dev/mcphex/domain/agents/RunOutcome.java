package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.agents.AgentStep;
import dev.mcphex.ports.model.TokenUsage;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a run ended.
 *
 * @param run        the run as stored at its end
 * @param answer     its final answer; {@code null} unless it completed
 * @param steps      its steps in order
 * @param usage      the tokens its model turns took
 * @param duration   how long it took
 * @param blackboard the agents' notes at its end
 */
public record RunOutcome(AgentRun run, String answer, List<AgentStep> steps, TokenUsage usage, Duration duration,
                         ObjectNode blackboard) {
    public RunOutcome {
        steps = List.copyOf(steps);
    }
}
