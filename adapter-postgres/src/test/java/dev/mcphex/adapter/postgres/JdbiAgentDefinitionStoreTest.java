package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentDefinitionStoreContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

class JdbiAgentDefinitionStoreTest extends AgentDefinitionStoreContract {
    private final PostgresDatabase database = TestDatabase.fresh();
    private final AgentDefinitionStore store = new JdbiAgentDefinitionStore(database, Clock.systemUTC());

    @Override
    protected AgentDefinitionStore store() {
        return store;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
