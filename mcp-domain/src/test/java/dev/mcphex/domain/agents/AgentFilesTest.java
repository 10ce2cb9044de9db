package dev.mcphex.domain.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.domain.agents.scripted.ScriptFile;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agent definitions and scripts read from JSON, and what the scripted model answers from them. */
class AgentFilesTest {

    @Test
    void definitions_readEveryField_andDefaultTheLimitsLeftOut() {
        List<AgentDefinition> agents = AgentDefinitionsJson.parse("""
                [{"name": "a", "description": "d", "instructions": "i", "allowedTools": ["echo", "*"],
                  "modelPreferences": {"hints": [{"name": "small"}]}, "limits": {"maxSteps": 4, "maxDurationSeconds": 1.5}},
                 {"name": "b", "description": "d", "instructions": "i"}]""", "agents.json");

        assertThat(agents.getFirst().allowedTools()).containsExactly("echo", "*");
        assertThat(agents.getFirst().modelPreferences().path("hints").get(0).path("name").asString()).isEqualTo("small");
        assertThat(agents.getFirst().limits())
                .isEqualTo(new AgentLimits(4, AgentLimits.DEFAULT.maxTokens(), Duration.ofMillis(1500)));
        assertThat(agents.get(1).limits()).isEqualTo(AgentLimits.DEFAULT);
    }

    @Test
    void definitions_withAMissingField_failNamingTheSourceAndTheAgent() {
        assertThatThrownBy(() -> AgentDefinitionsJson.parse("{\"agents\": [{\"name\": \"a\", \"description\": \"d\"}]}",
                "agents.json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents.json, agent 1: instructions must be a string");
    }

    @Test
    void script_withoutAgents_failsSayingWhatItNeeds() {
        assertThatThrownBy(() -> ScriptFile.parse("{\"replies\": []}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"agents\" object");
    }

    @Test
    void scriptedModel_answersByAgentAndTurn_andFallsBackToTheStarScript() {
        var model = ScriptFile.parse("""
                {"agents": {"a": [{"toolCalls": [{"name": "echo"}]}, {"text": "a done: {{last}}"}],
                            "*": [{"text": "anyone: {{input}}"}]}}""");
        var first = model.complete(request("a", List.of(ModelMessage.user("go"))), null);
        var second = model.complete(request("a", List.of(ModelMessage.user("go"),
                new ModelMessage.Assistant("", first.toolCalls()),
                new ModelMessage.ToolOutcome(first.toolCalls().getFirst().id(), "echo", "echoed", false))), null);
        ModelReply other = model.complete(request("zed", List.of(ModelMessage.user("hi"))), null);

        assertThat(first.toolCalls()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("echo"));
        assertThat(second.text()).isEqualTo("a done: echoed");
        assertThat(other.text()).isEqualTo("anyone: hi");
    }

    @Test
    void scriptedModel_pastItsScript_failsNamingTheAgent() {
        var model = ScriptFile.parse("{\"agents\": {\"a\": [{\"text\": \"once\"}]}}");

        assertThatThrownBy(() -> model.complete(request("a", List.of(ModelMessage.user("go"),
                new ModelMessage.Assistant("once", null), ModelMessage.user("again"))), null))
                .isInstanceOf(LanguageModelException.class).hasMessageContaining("agent 'a' has 1 replies");
    }

    private static ModelRequest request(String agent, List<ModelMessage> messages) {
        return new ModelRequest(null, messages, List.of(), 100, null, null, agent);
    }
}
