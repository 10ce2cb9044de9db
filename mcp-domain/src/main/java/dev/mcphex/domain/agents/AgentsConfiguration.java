package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.model.LanguageModel;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the agents feature runs with.
 *
 * @param definitions     agents declared by configuration files
 * @param definitionStore agents kept by operators at run time; a stored agent wins over a declared one of its name
 * @param runStore        where runs and their steps are recorded
 * @param contextStore    where the runs' blackboards live
 * @param model           the model of every agent's turns
 * @param runLimits       the budget of one run over all its agents; a run may ask for less, never for more
 * @param blackboardTtl   how long a run's blackboard notes live
 */
public record AgentsConfiguration(List<AgentDefinition> definitions, AgentDefinitionStore definitionStore,
                                  AgentRunStore runStore, ContextStore contextStore, LanguageModel model,
                                  AgentLimits runLimits, Duration blackboardTtl) {
    /** A run's budget when none is configured: 64 steps, 200,000 tokens, ten minutes. */
    public static final AgentLimits DEFAULT_RUN_LIMITS = new AgentLimits(64, 200_000, Duration.ofMinutes(10));
    /** How long blackboard notes live when nothing else is configured. */
    public static final Duration DEFAULT_BLACKBOARD_TTL = Duration.ofHours(1);

    public AgentsConfiguration {
        definitions = List.copyOf(definitions);
        Set<String> names = new HashSet<>();
        for (AgentDefinition definition : definitions) {
            if (!names.add(definition.name())) {
                throw new IllegalArgumentException("agent '" + definition.name() + "' is defined twice");
            }
        }
        Objects.requireNonNull(definitionStore, "definitionStore");
        Objects.requireNonNull(runStore, "runStore");
        Objects.requireNonNull(contextStore, "contextStore");
        Objects.requireNonNull(model, "model");
        runLimits = runLimits == null ? DEFAULT_RUN_LIMITS : runLimits;
        blackboardTtl = blackboardTtl == null ? DEFAULT_BLACKBOARD_TTL : blackboardTtl;
        if (blackboardTtl.isNegative() || blackboardTtl.isZero()) {
            throw new IllegalArgumentException("blackboardTtl must be positive");
        }
    }
}
