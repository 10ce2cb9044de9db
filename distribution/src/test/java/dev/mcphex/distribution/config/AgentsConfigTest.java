package dev.mcphex.distribution.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.agents.AgentDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentsConfigTest {
    @TempDir
    Path dir;

    @Test
    void nothingSet_leavesAgentsOff() {
        assertThat(AgentsConfig.from(Environment.empty()).enabled()).isFalse();
    }

    @Test
    void definitionsWithoutAModel_askTheClientsModel() {
        assertThat(AgentsConfig.from(Environment.of(Map.of("MCP_AGENTS", "agents.json"))).model())
                .contains(AgentsConfig.SAMPLING);
    }

    @Test
    void openAiModelWithoutItsSettings_failsNamingTheSetting() {
        assertThatThrownBy(() -> AgentsConfig.from(Environment.of(Map.of("MCP_AGENT_MODEL", "openai"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_OPENAI_MODEL");
        assertThat(AgentsConfig.from(Environment.of(Map.of("MCP_AGENT_MODEL", "openai", "MCP_OPENAI_MODEL",
                "gpt-4o-mini"))).model()).contains(AgentsConfig.OPENAI);
    }

    @Test
    void unknownModel_failsNamingTheChoices() {
        assertThatThrownBy(() -> AgentsConfig.from(Environment.of(Map.of("MCP_AGENT_MODEL", "oracle"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessage(
                "MCP_AGENT_MODEL must be one of: sampling, openai, scripted (not 'oracle')");
    }

    @Test
    void scriptedModelWithoutAScript_failsNamingTheSetting() {
        assertThatThrownBy(() -> AgentsConfig.from(Environment.of(Map.of("MCP_AGENT_MODEL", "scripted"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_AGENT_SCRIPT");
    }

    @Test
    void runLimits_comeFromTheirSettings() {
        var config = AgentsConfig.from(Environment.of(Map.of("MCP_AGENT_RUN_MAX_STEPS", "5",
                "MCP_AGENT_RUN_MAX_TOKENS", "900", "MCP_AGENT_RUN_TIMEOUT", "30s")));

        assertThat(config.runLimits().maxSteps()).isEqualTo(5);
        assertThat(config.runLimits().maxTokens()).isEqualTo(900);
        assertThat(config.runLimits().maxDuration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aDirectory_yieldsTheDefinitionsOfItsJsonFilesInNameOrder() throws Exception {
        Files.writeString(dir.resolve("b.json"), "[{\"name\": \"b\", \"description\": \"d\", \"instructions\": \"i\"}]");
        Files.writeString(dir.resolve("a.json"), "[{\"name\": \"a\", \"description\": \"d\", \"instructions\": \"i\"}]");
        Files.writeString(dir.resolve("notes.txt"), "not a definition");
        var config = AgentsConfig.from(Environment.of(Map.of("MCP_AGENTS", dir.toString(),
                "MCP_AGENT_MODEL", "scripted", "MCP_AGENT_SCRIPT", "script.json")));

        assertThat(config.loadDefinitions()).extracting(AgentDefinition::name).containsExactly("a", "b");
    }

    @Test
    void anInvalidDefinitionFile_failsNamingTheSettingAndTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("agents.json"), "{\"agents\": [{\"name\": \"a b\"}]}");
        var config = AgentsConfig.from(Environment.of(Map.of("MCP_AGENTS", file.toString(),
                "MCP_AGENT_MODEL", "scripted", "MCP_AGENT_SCRIPT", "script.json")));

        assertThatThrownBy(config::loadDefinitions).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("MCP_AGENTS: " + file + ", agent 1:");
    }
}
