package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.domain.memory.InMemoryAgentDefinitionStore;
import dev.mcphex.domain.memory.InMemoryAgentRunStore;
import dev.mcphex.domain.memory.InMemoryTaskStore;
import dev.mcphex.domain.memory.InMemoryToolConfigurationStore;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import java.time.Clock;

/**
 * No database configured: nothing is added around the engine, and tool configuration, tasks, agent runs and
 * agent definitions live in memory.
 */
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

    @Provides
    @Singleton
    TaskStore tasks() {
        return new InMemoryTaskStore(Clock.systemUTC());
    }

    @Provides
    @Singleton
    AgentRunStore agentRuns() {
        return new InMemoryAgentRunStore();
    }

    @Provides
    @Singleton
    AgentDefinitionStore agentDefinitions() {
        return new InMemoryAgentDefinitionStore();
    }
}
