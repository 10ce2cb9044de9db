package dev.mcphex.domain.memory;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Agent definitions in this process's memory, seen only by this instance. */
public final class InMemoryAgentDefinitionStore implements AgentDefinitionStore {
    private final Map<String, AgentDefinition> definitions = new ConcurrentSkipListMap<>();

    @Override
    public List<AgentDefinition> list() {
        return List.copyOf(definitions.values());
    }

    @Override
    public Optional<AgentDefinition> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    @Override
    public void save(AgentDefinition definition) {
        definitions.put(definition.name(), definition);
    }

    @Override
    public boolean delete(String name) {
        return definitions.remove(name) != null;
    }
}
