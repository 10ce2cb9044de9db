package dev.mcphex.domain.memory;

import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentDefinitionStoreContract;

class InMemoryAgentDefinitionStoreTest extends AgentDefinitionStoreContract {
    private final AgentDefinitionStore store = new InMemoryAgentDefinitionStore();

    @Override
    protected AgentDefinitionStore store() {
        return store;
    }
}
