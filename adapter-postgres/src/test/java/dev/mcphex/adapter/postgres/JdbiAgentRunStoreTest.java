package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.agents.AgentRunStoreContract;
import org.junit.jupiter.api.AfterEach;

class JdbiAgentRunStoreTest extends AgentRunStoreContract {
    private final PostgresDatabase database = TestDatabase.fresh();
    private final AgentRunStore store = new JdbiAgentRunStore(database);

    @Override
    protected AgentRunStore store() {
        return store;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
