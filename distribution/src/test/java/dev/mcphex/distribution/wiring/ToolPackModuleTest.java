package dev.mcphex.distribution.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolPackModuleTest {

    /** A pack that names its one tool after a setting, as a pack reading its configuration would. */
    private static final class SettingPack implements ToolPack {
        @Override
        public String name() {
            return "setting";
        }

        @Override
        public List<Tool> tools() {
            return tools(PackEnvironment.none());
        }

        @Override
        public List<Tool> tools(PackEnvironment environment) {
            String name = environment.setting("GREETING_TOOL").orElse("unnamed");
            return List.of(new Tool(ToolDefinition.of(name, "Greets", Json.object().put("type", "object")),
                    (call, context) -> ToolResult.text("hello")));
        }
    }

    private static Injector injector(Map<String, String> variables, ToolPack... packs) {
        return CompositionRoot.injector(Environment.of(variables), ToolPackModule.of(List.of(packs)));
    }

    private static List<String> toolNames(Injector injector) {
        return injector.getInstance(McpEngine.class).tools().stream().map(ToolDefinition::name).toList();
    }

    @Test
    void aPack_getsItsSettingsFromThePackEnvironment() {
        assertThat(toolNames(injector(Map.of("GREETING_TOOL", "greet"), new SettingPack()))).containsExactly("greet");
    }

    @Test
    void toolPacksVariable_switchesOnTheContextAndHistoryPacks() {
        assertThat(toolNames(injector(Map.of("MCP_TOOL_PACKS", "context,history")))).containsExactly(
                "context_create_handle", "context_put", "context_get", "context_delete", "context_list", "history_list");
    }

    @Test
    void packs_shareTheServersContextStore() {
        Injector injector = injector(Map.of());

        assertThat(injector.getInstance(PackEnvironment.class).contextStore())
                .containsSame(injector.getInstance(ContextStore.class));
    }

    @Test
    void withoutADatabase_packsSeeNoConversationLog() {
        assertThat(injector(Map.of()).getInstance(PackEnvironment.class).conversationLog()).isEmpty();
    }

    @Test
    void withADatabase_packsSeeTheRecordedHistory() throws Exception {
        Injector injector = injector(Map.of("MCP_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none"));

        ConversationLog log = injector.getInstance(PackEnvironment.class).conversationLog().orElseThrow();

        assertThat(log).isSameAs(injector.getInstance(Key.get(new TypeLiteral<Optional<ConversationLog>>() { }))
                .orElseThrow());
        ((AutoCloseable) log).close();
    }

    @Test
    void theSqlPack_needsItsDatabaseUrl() {
        assertThatThrownBy(() -> toolNames(injector(Map.of("MCP_TOOL_PACKS", "sql")))).rootCause()
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_SQL_DATABASE_URL is not set");
        assertThat(toolNames(injector(Map.of("MCP_TOOL_PACKS", "sql",
                "MCP_SQL_DATABASE_URL", "postgresql://reader@127.0.0.1:5432/test")))).containsExactly("sql_query");
    }

    @Test
    void aBadSqlSchema_isAConfigurationErrorNamingTheVariables() {
        assertThatThrownBy(() -> toolNames(injector(Map.of("MCP_TOOL_PACKS", "sql",
                "MCP_SQL_DATABASE_URL", "postgresql://reader@127.0.0.1:5432/test", "MCP_SQL_SCHEMAS", "public;drop"))))
                .rootCause().isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_SQL_SCHEMAS")
                .hasMessageContaining("public;drop");
    }
}
