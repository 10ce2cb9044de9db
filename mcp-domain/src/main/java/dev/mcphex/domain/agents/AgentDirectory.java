package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agents there are: those the configuration declares, and those in the store, which win by name. */
final class AgentDirectory {
    private final List<AgentDefinition> declared;
    private final AgentDefinitionStore store;

    AgentDirectory(List<AgentDefinition> declared, AgentDefinitionStore store) {
        this.declared = List.copyOf(declared);
        this.store = store;
    }

    Optional<AgentDefinition> find(String name) {
        return store.find(name).or(() -> declared.stream().filter(d -> d.name().equals(name)).findFirst());
    }

    /** Every agent: the declared ones in their order, then the stored ones; a stored one replaces its namesake. */
    List<AgentDefinition> all() {
        Map<String, AgentDefinition> byName = new LinkedHashMap<>();
        declared.forEach(d -> byName.put(d.name(), d));
        store.list().forEach(d -> byName.put(d.name(), d));
        return List.copyOf(byName.values());
    }
}
