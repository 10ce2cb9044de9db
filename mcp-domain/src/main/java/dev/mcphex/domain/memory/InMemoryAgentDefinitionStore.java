package dev.mcphex.domain.memory;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Agent definitions in this process's memory, lost at exit. */
public final class InMemoryAgentDefinitionStore implements AgentDefinitionStore {
    private final Map<String, AgentDefinition> definitions = new ConcurrentHashMap<>();

    @Override
    public List<AgentDefinition> list() {
        return definitions.values().stream().sorted(Comparator.comparing(AgentDefinition::name)).toList();
    }

    @Override
    public Optional<AgentDefinition> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    @Override
    public void save(AgentDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        definitions.put(definition.name(), definition);
    }

    @Override
    public boolean delete(String name) {
        return definitions.remove(name) != null;
    }
}
