package dev.mcphex.domain.memory;

import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.agents.AgentStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Agent runs and their steps in this process's memory, lost at exit. */
public final class InMemoryAgentRunStore implements AgentRunStore {
    private final Map<UUID, AgentRun> runs = new HashMap<>();
    private final Map<UUID, List<AgentStep>> steps = new HashMap<>();

    @Override
    public synchronized void start(AgentRun run) {
        if (run.status() != AgentRunStatus.RUNNING) {
            throw new IllegalArgumentException("a run starts RUNNING, not " + run.status());
        }
        if (runs.putIfAbsent(run.id(), run) != null) {
            throw new IllegalArgumentException("run " + run.id() + " exists");
        }
        steps.put(run.id(), new ArrayList<>());
    }

    @Override
    public synchronized void append(AgentStep step) {
        List<AgentStep> list = steps.get(step.runId());
        if (list == null) {
            throw new IllegalArgumentException("unknown run " + step.runId());
        }
        if (list.stream().anyMatch(s -> s.seq() == step.seq())) {
            throw new IllegalArgumentException("run " + step.runId() + " has a step " + step.seq());
        }
        list.add(step);
        list.sort(Comparator.comparingInt(AgentStep::seq));
    }

    @Override
    public synchronized Optional<AgentRun> finish(UUID runId, AgentRunStatus status, JsonNode output, String error,
                                                  Instant finishedAt) {
        if (!status.terminal()) {
            throw new IllegalArgumentException("a run finishes with a final status, not " + status);
        }
        AgentRun run = runs.get(runId);
        if (run == null || run.status().terminal()) {
            return Optional.ofNullable(run);
        }
        AgentRun finished = new AgentRun(run.id(), run.agent(), run.owner(), run.taskId(), status, run.input(), output,
                error, run.startedAt(), finishedAt);
        runs.put(runId, finished);
        return Optional.of(finished);
    }

    @Override
    public synchronized Optional<AgentRun> find(UUID runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<AgentStep> steps(UUID runId) {
        return List.copyOf(steps.getOrDefault(runId, List.of()));
    }

    @Override
    public synchronized List<AgentRun> recent(String owner, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return runs.values().stream().filter(r -> r.owner().equals(owner))
                .sorted(Comparator.comparing(AgentRun::startedAt).reversed()).limit(limit).toList();
    }
}
