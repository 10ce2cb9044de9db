package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.distribution.config.AccessConfig;
import dev.mcphex.distribution.config.ServerConfig;
import dev.mcphex.distribution.logging.MdcMcpServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.McpServerBuilder;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import java.util.Optional;

/** The engine, named by {@link ServerConfig}, offering everything the switched-on tool packs hold. */
public final class EngineModule extends AbstractModule {

    @Provides
    @Singleton
    McpEngine engine(ServerConfig config, AccessConfig access, List<ToolPack> packs, PackEnvironment environment,
                     Stores stores, ToolConfigurationStore toolConfiguration, TaskStore tasks,
                     Optional<AgentsConfiguration> agents) {
        McpServerBuilder builder = Mcphex.server(config.name(), config.version()).sessionStore(stores.sessions())
                .notificationBus(stores.bus()).clientResponseRelay(stores.relay()).rateLimiter(stores.limiter())
                .toolConfigurationStore(toolConfiguration).taskStore(tasks);
        for (ToolPack pack : packs) {
            pack.tools(environment).forEach(builder::tool);
            pack.resources().forEach(builder::resource);
            pack.resourceTemplates().forEach(builder::resourceTemplate);
            pack.prompts().forEach(builder::prompt);
        }
        access.applyTo(builder);
        agents.ifPresent(builder::agents);
        return builder.build();
    }

    /** The engine as transports see it: each request's details in the logging MDC while it is handled. */
    @Provides
    @Singleton
    McpServer server(McpEngine engine) {
        return new MdcMcpServer(engine);
    }

    /** Where tool-configuration changes are announced to every instance. */
    @Provides
    NotificationBus notificationBus(Stores stores) {
        return stores.bus();
    }

    /** For tool packs and features that keep temporary context. */
    @Provides
    ContextStore contextStore(Stores stores) {
        return stores.context();
    }
}
