package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.driven.ToolConfigurationStoreContract;

class InMemoryToolConfigurationStoreTest extends ToolConfigurationStoreContract {
    private final ToolConfigurationStore store = new InMemoryToolConfigurationStore();

    @Override
    protected ToolConfigurationStore store() {
        return store;
    }
}
