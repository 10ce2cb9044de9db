package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.agents.AgentDefinitionsJson;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.domain.agents.scripted.ScriptFile;
import dev.mcphex.domain.memory.InMemoryAgentDefinitionStore;
import dev.mcphex.domain.memory.InMemoryAgentRunStore;
import dev.mcphex.domain.memory.InMemoryContextStore;
import dev.mcphex.domain.memory.InMemoryNotificationBus;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionChanges;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Agents kept in the definition store are listed as resources and prompts as soon as they are stored. */
class StoredAgentsTest {
    private final InMemoryAgentDefinitionStore store = new InMemoryAgentDefinitionStore();
    private final InMemoryNotificationBus bus = new InMemoryNotificationBus();
    private EngineHarness client;

    @BeforeEach
    void start() {
        var configuration = new AgentsConfiguration(AgentDefinitionsJson.parse(
                "[{\"name\": \"writer\", \"description\": \"Writes\", \"instructions\": \"Write.\"}]", "test"),
                store, new InMemoryAgentRunStore(), new InMemoryContextStore(Clock.systemUTC()),
                ScriptFile.parse("{\"agents\": {}}"), null, null);
        client = new EngineHarness(Mcphex.server("stored-agents-test", "1.0").notificationBus(bus)
                .agents(configuration).build());
        client.initialize("2025-11-25", Json.object());
    }

    private List<String> resourceUris() {
        return names(result(client.request("resources/list", Json.object())).path("resources"), "uri");
    }

    private List<String> promptNames() {
        return names(result(client.request("prompts/list", Json.object())).path("prompts"), "name");
    }

    private static List<String> names(JsonNode list, String field) {
        return list.valueStream().map(n -> n.path(field).asString()).toList();
    }

    @Test
    void aStoredAgent_isListedAndServed_andItsChangeIsHeardAsBothListChanges() throws Exception {
        assertThat(resourceUris()).containsExactly("mcphex://agents/writer");
        assertThat(promptNames()).containsExactly("agent_writer");
        List<JsonRpcMessage> stream = new CopyOnWriteArrayList<>();
        try (var attached = client.engine.openSessionStream(client.sessionId, stream::add)) {
            store.save(new AgentDefinition("critic", "Criticises", "Find faults.", List.of(), null, null));
            AgentDefinitionChanges.announce(bus);

            assertThat(resourceUris()).containsExactly("mcphex://agents/writer", "mcphex://agents/critic");
            assertThat(promptNames()).containsExactly("agent_writer", "agent_critic");
            JsonNode prompt = result(client.request("prompts/get",
                    params("{\"name\":\"agent_critic\",\"arguments\":{\"task\":\"the draft\"}}")));
            assertThat(prompt.at("/messages/0/content/text").asString()).isEqualTo("Find faults.\n\nTask:\nthe draft");
            JsonNode read = result(client.request("resources/read", params("{\"uri\":\"mcphex://agents/critic\"}")));
            assertThat(Json.parse(read.at("/contents/0/text").asString()).path("instructions").asString())
                    .isEqualTo("Find faults.");

            store.delete("critic");
            AgentDefinitionChanges.announce(bus);
        }
        assertThat(stream).extracting(m -> ((JsonRpcNotification) m).method()).containsExactly(
                "notifications/resources/list_changed", "notifications/prompts/list_changed",
                "notifications/resources/list_changed", "notifications/prompts/list_changed");
        assertThat(resourceUris()).containsExactly("mcphex://agents/writer");
        assertThat(promptNames()).containsExactly("agent_writer");
        assertThat(error(client.request("prompts/get",
                params("{\"name\":\"agent_critic\",\"arguments\":{\"task\":\"t\"}}"))).message())
                .contains("agent_critic");
    }

    @Test
    void aStoredAgent_replacesTheDeclaredOneOfItsName_inTheLists() {
        store.save(new AgentDefinition("writer", "Writes tersely", "Write less.", List.of(), null, null));

        JsonNode resources = result(client.request("resources/list", Json.object())).path("resources");
        JsonNode prompts = result(client.request("prompts/list", Json.object())).path("prompts");

        assertThat(resources).singleElement().satisfies(r -> assertThat(r.path("description").asString())
                .isEqualTo("Writes tersely"));
        assertThat(prompts).singleElement().satisfies(p -> assertThat(p.path("description").asString())
                .isEqualTo("Agent writer: Writes tersely"));
    }
}
