package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.driven.ToolConfigurationStoreContract;
import org.junit.jupiter.api.AfterEach;

class JdbiToolConfigurationStoreTest extends ToolConfigurationStoreContract {
    private final PostgresDatabase database = TestDatabase.fresh();
    private final ToolConfigurationStore store = new JdbiToolConfigurationStore(database);

    @Override
    protected ToolConfigurationStore store() {
        return store;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
