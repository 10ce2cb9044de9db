package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.agents.AgentStep;
import dev.mcphex.ports.jsonrpc.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Agents, runs and steps as clients read them. */
final class AgentJson {
    private AgentJson() {
    }

    static String agentUri(String name) {
        return "mcphex://agents/" + name;
    }

    static String runUri(Object runId) {
        return "mcphex://agents/runs/" + runId;
    }

    static ObjectNode definition(AgentDefinition agent) {
        ObjectNode node = Json.object().put("name", agent.name()).put("description", agent.description())
                .put("instructions", agent.instructions()).put("uri", agentUri(agent.name()));
        ArrayNode tools = node.putArray("allowedTools");
        agent.allowedTools().forEach(tools::add);
        if (agent.modelPreferences() != null) {
            node.set("modelPreferences", agent.modelPreferences());
        }
        node.putObject("limits").put("maxSteps", agent.limits().maxSteps()).put("maxTokens", agent.limits().maxTokens())
                .put("maxDurationMs", agent.limits().maxDuration().toMillis());
        return node;
    }

    static ObjectNode run(AgentRun run) {
        ObjectNode node = Json.object().put("id", run.id().toString()).put("agent", run.agent())
                .put("status", run.status().name()).put("startedAt", run.startedAt().toString());
        node.set("input", run.input());
        if (run.taskId() != null) {
            node.put("taskId", run.taskId());
        }
        if (run.output() != null) {
            node.set("output", run.output());
        }
        if (run.error() != null) {
            node.put("error", run.error());
        }
        if (run.finishedAt() != null) {
            node.put("finishedAt", run.finishedAt().toString());
        }
        return node;
    }

    static ArrayNode steps(List<AgentStep> steps) {
        ArrayNode array = Json.array();
        for (AgentStep step : steps) {
            ObjectNode node = array.addObject().put("seq", step.seq()).put("agent", step.agent())
                    .put("kind", step.kind());
            if (step.tool() != null) {
                node.put("tool", step.tool());
            }
            node.put("status", step.status().name());
            if (step.input() != null) {
                node.set("input", step.input());
            }
            if (step.output() != null) {
                node.set("output", step.output());
            }
            node.put("startedAt", step.startedAt().toString()).put("durationMicros", step.durationMicros());
        }
        return array;
    }
}
