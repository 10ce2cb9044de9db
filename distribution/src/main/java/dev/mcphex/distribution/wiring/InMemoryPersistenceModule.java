package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.domain.memory.InMemoryToolConfigurationStore;
import dev.mcphex.ports.driven.ToolConfigurationStore;

/** No database configured: nothing is added around the engine, and tool configuration lives in memory. */
final class InMemoryPersistenceModule extends AbstractModule {

    @Provides
    Persistence persistence() {
        return Persistence.NONE;
    }

    @Provides
    @Singleton
    ToolConfigurationStore toolConfiguration() {
        return new InMemoryToolConfigurationStore();
    }
}
