package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.jsonrpc.Json;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a run is to do.
 *
 * @param task     the task, as the user put it
 * @param strategy how the agents share it
 * @param agents   the pipeline's agents in order, the fan-out's agents, or the supervisor's workers
 * @param lead     the supervisor's lead agent; {@code null} for the other strategies
 * @param merger   the agent that combines a fan-out's answers, or {@code null} to concatenate them
 * @param limits   the run's budget over all its agents
 */
public record RunPlan(String task, AgentStrategy strategy, List<AgentDefinition> agents, AgentDefinition lead,
                      AgentDefinition merger, AgentLimits limits) {
    public RunPlan {
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("a run needs a task");
        }
        Objects.requireNonNull(strategy, "strategy");
        agents = List.copyOf(agents);
        Objects.requireNonNull(limits, "limits");
        if (strategy == AgentStrategy.SUPERVISOR) {
            if (lead == null) {
                throw new IllegalArgumentException("the supervisor strategy needs a lead agent");
            }
        } else if (agents.isEmpty()) {
            throw new IllegalArgumentException("the " + strategy.wire() + " strategy needs at least one agent");
        }
    }

    /** The agent the run is recorded under: the lead, else the first. */
    String principalAgent() {
        return lead != null ? lead.name() : agents.getFirst().name();
    }

    /** The plan as the run's recorded input. */
    ObjectNode toJson() {
        ObjectNode node = Json.object().put("task", task).put("strategy", strategy.wire());
        ArrayNode names = node.putArray("agents");
        agents.forEach(a -> names.add(a.name()));
        if (lead != null) {
            node.put("lead", lead.name());
        }
        if (merger != null) {
            node.put("merger", merger.name());
        }
        node.putObject("limits").put("maxSteps", limits.maxSteps()).put("maxTokens", limits.maxTokens())
                .put("maxDurationMs", limits.maxDuration().toMillis());
        return node;
    }
}
