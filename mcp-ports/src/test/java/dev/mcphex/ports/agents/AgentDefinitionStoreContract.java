package dev.mcphex.ports.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link AgentDefinitionStore} implementation must have. */
public abstract class AgentDefinitionStoreContract {

    /** The store under test, the same instance for the whole test. */
    protected abstract AgentDefinitionStore store();

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static AgentDefinition full(String name) {
        return new AgentDefinition(name, "Writes summaries", "Summarise what you are given in three sentences.",
                List.of("search", "fetch_page"),
                Json.parse("{\"hints\":[{\"name\":\"small\"}],\"speedPriority\":0.5}"),
                new AgentLimits(8, 10_000, Duration.ofSeconds(45)));
    }

    @Test
    void savedDefinition_isFoundWithEveryField() {
        AgentDefinition writer = full(unique("writer"));
        store().save(writer);
        assertThat(store().find(writer.name())).contains(writer);
    }

    @Test
    void definitionWithoutPreferencesOrTools_keepsItsDefaults() {
        AgentDefinition bare = new AgentDefinition(unique("bare"), "Answers", "Answer briefly.", null, null, null);
        store().save(bare);
        AgentDefinition found = store().find(bare.name()).orElseThrow();
        assertThat(found).isEqualTo(bare);
        assertThat(found.limits()).isEqualTo(AgentLimits.DEFAULT);
        assertThat(found.allowedTools()).isEmpty();
    }

    @Test
    void save_replacesTheDefinitionOfTheSameName() {
        String name = unique("writer");
        store().save(full(name));
        AgentDefinition replaced = new AgentDefinition(name, "Writes reports", "Write a report.", List.of("search"),
                null, new AgentLimits(4, 2_000, Duration.ofSeconds(10)));
        store().save(replaced);
        assertThat(store().find(name)).contains(replaced);
        assertThat(store().list().stream().filter(d -> d.name().equals(name))).containsExactly(replaced);
    }

    @Test
    void list_givesEveryDefinitionByName() {
        String prefix = unique("agent");
        AgentDefinition b = full(prefix + "-b");
        AgentDefinition a = full(prefix + "-a");
        AgentDefinition upper = full(prefix + "-B");
        store().save(b);
        store().save(a);
        store().save(upper);
        assertThat(store().list().stream().filter(d -> d.name().startsWith(prefix))).containsExactly(upper, a, b);
    }

    @Test
    void delete_removesADefinition_andSaysWhetherThereWasOne() {
        AgentDefinition writer = full(unique("writer"));
        store().save(writer);
        assertThat(store().delete(writer.name())).isTrue();
        assertThat(store().find(writer.name())).isEmpty();
        assertThat(store().delete(writer.name())).isFalse();
        assertThat(store().find(unique("nobody"))).isEmpty();
    }
}
