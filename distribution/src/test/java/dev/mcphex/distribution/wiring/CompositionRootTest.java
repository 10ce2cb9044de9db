package dev.mcphex.distribution.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.logging.MdcMcpServer;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.config.Release;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.adapter.postgres.JdbiAgentDefinitionStore;
import dev.mcphex.adapter.postgres.JdbiAgentRunStore;
import dev.mcphex.adapter.postgres.JdbiTaskStore;
import dev.mcphex.domain.memory.InMemoryAgentDefinitionStore;
import dev.mcphex.domain.memory.InMemoryAgentRunStore;
import dev.mcphex.domain.memory.InMemoryTaskStore;
import dev.mcphex.domain.memory.InMemoryToolConfigurationStore;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositionRootTest {

    @Test
    void injector_buildsTheServerAsTheOneEngineWithRequestDetailsInTheLogs() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of()), ToolPackModule.of(List.of()));

        McpServer server = injector.getInstance(McpServer.class);

        assertThat(server).isInstanceOf(MdcMcpServer.class).isSameAs(injector.getInstance(McpServer.class));
        assertThat(server.serverInfo().name()).isEqualTo("mcp-server");
        assertThat(server.serverInfo().version()).isEqualTo(Release.current().version());
        assertThat(injector.getInstance(McpEngine.class).tools()).isEmpty();
    }

    @Test
    void environment_namesTheServer() {
        var environment = Environment.of(Map.of("MCP_SERVER_NAME", "weather", "MCP_SERVER_VERSION", "9.9.9"));
        Injector injector = CompositionRoot.injector(environment, ToolPackModule.of(List.of()));

        McpServer server = injector.getInstance(McpServer.class);

        assertThat(server.serverInfo().name()).isEqualTo("weather");
        assertThat(server.serverInfo().version()).isEqualTo("9.9.9");
    }

    @Test
    void discoveredPacks_comeFromTheServiceLoader() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of()), ToolPackModule.discovered());

        McpEngine engine = injector.getInstance(McpEngine.class);

        assertThat(engine.tools()).extracting(ToolDefinition::name).containsExactly("echo");
    }

    @Test
    void creatingTheInjector_readsNoConfiguration() {
        var invalid = Environment.of(Map.of("MCP_SERVER_NAME", ""));

        Injector injector = CompositionRoot.injector(invalid, ToolPackModule.of(List.of()));

        assertThatThrownBy(() -> injector.getInstance(McpServer.class))
                .isInstanceOf(ProvisionException.class)
                .hasRootCauseInstanceOf(InvalidConfigurationException.class)
                .rootCause().hasMessageContaining("MCP_SERVER_NAME");
    }

    @Test
    void packs_offerTheirToolsThroughTheEngine() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of()),
                ToolPackModule.of(List.of(new EchoToolPack())));

        assertThat(injector.getInstance(McpEngine.class).tools())
                .extracting(ToolDefinition::title).containsExactly("Echo");
    }

    @Test
    void redisUrl_putsTheStateOnRedis_andABadOneIsAConfigurationError() {
        var environment = Environment.of(Map.of("REDIS_URL", "redis://cache:6379/not-a-number"));
        Injector injector = CompositionRoot.injector(environment, ToolPackModule.of(List.of()));

        assertThatThrownBy(() -> injector.getInstance(McpServer.class))
                .isInstanceOf(ProvisionException.class)
                .hasRootCauseInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("MCP_REDIS_URL");
    }

    @Test
    void toolPacksVariable_switchesOnTheBuiltInHttpPackAndOffTheOthers() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of("MCP_TOOL_PACKS", "http",
                "MCP_HTTP_FETCH_ALLOWED_HOSTS", "127.0.0.1")), ToolPackModule.of(List.of(new EchoToolPack())));

        assertThat(injector.getInstance(McpEngine.class).tools()).extracting(t -> t.name()).containsExactly("http_fetch");
    }

    @Test
    void withoutToolPacksVariable_theFoundPacksAreOnAndTheBuiltInOnesOff() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of()), ToolPackModule.of(List.of(new EchoToolPack())));

        assertThat(injector.getInstance(McpEngine.class).tools()).extracting(t -> t.name()).containsExactly("echo");
    }

    @Test
    void toolPacksVariable_namingAnUnknownPack_isAnErrorNamingTheVariable() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of("MCP_TOOL_PACKS", "echo,nope")),
                ToolPackModule.of(List.of(new EchoToolPack())));

        assertThatThrownBy(() -> injector.getInstance(McpEngine.class)).rootCause()
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("MCP_TOOL_PACKS names unknown pack(s) nope; known: echo, http, context, history, sql");
    }

    @Test
    void toolConfiguration_inMemoryWithoutADatabase_isWhatTheEngineReads() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of()),
                ToolPackModule.of(List.of(new EchoToolPack())));
        ToolConfigurationStore store = injector.getInstance(ToolConfigurationStore.class);
        store.save(new ToolConfiguration("echo", false, Set.of(), null, null, Instant.now()));
        String list = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"_meta\":{"
                + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{},"
                + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}}";

        String answer = injector.getInstance(McpServer.class)
                .handleDocument(list.getBytes(StandardCharsets.UTF_8), Exchange.builder().build()).orElseThrow();

        assertThat(store).isInstanceOf(InMemoryToolConfigurationStore.class)
                .isSameAs(injector.getInstance(ToolConfigurationStore.class));
        assertThat(Json.parse(answer).path("result").path("tools").size()).as(answer).isZero();
    }

    @Test
    void tasksAndAgentStores_liveInMemoryWithoutADatabase() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of()), ToolPackModule.of(List.of()));

        assertThat(injector.getInstance(TaskStore.class)).isInstanceOf(InMemoryTaskStore.class)
                .isSameAs(injector.getInstance(TaskStore.class));
        assertThat(injector.getInstance(AgentRunStore.class)).isInstanceOf(InMemoryAgentRunStore.class);
        assertThat(injector.getInstance(AgentDefinitionStore.class)).isInstanceOf(InMemoryAgentDefinitionStore.class);
    }

    @Test
    void databaseUrl_putsTasksAndAgentStoresInPostgres() {
        Injector injector = CompositionRoot.injector(Environment.of(Map.of("DATABASE_URL", "postgresql://db:5432/mcp")),
                ToolPackModule.of(List.of()));

        assertThat(injector.getInstance(TaskStore.class)).isInstanceOf(JdbiTaskStore.class)
                .isSameAs(injector.getInstance(TaskStore.class));
        assertThat(injector.getInstance(AgentRunStore.class)).isInstanceOf(JdbiAgentRunStore.class);
        assertThat(injector.getInstance(AgentDefinitionStore.class)).isInstanceOf(JdbiAgentDefinitionStore.class);
    }
}
