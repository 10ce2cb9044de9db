package dev.mcphex.domain.memory;

import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.agents.AgentRunStoreContract;

class InMemoryAgentRunStoreTest extends AgentRunStoreContract {
    private final AgentRunStore store = new InMemoryAgentRunStore();

    @Override
    protected AgentRunStore store() {
        return store;
    }
}
