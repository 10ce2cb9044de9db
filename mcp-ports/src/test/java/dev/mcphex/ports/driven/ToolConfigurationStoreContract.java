package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The behaviour every {@link ToolConfigurationStore} implementation must have. */
public abstract class ToolConfigurationStoreContract {
    private static final Instant AT = Instant.parse("2026-02-01T08:30:00.250Z");

    /** The store under test, the same instance for the whole test. */
    protected abstract ToolConfigurationStore store();

    private static String tool() {
        return "tool-" + UUID.randomUUID();
    }

    private static ToolConfiguration configured(String tool) {
        return new ToolConfiguration(tool, false, Set.of("admin", "tools:write"), "Overridden description",
                (ObjectNode) Json.parse("{\"limit\":5,\"nested\":{\"a\":[true]}}"), AT);
    }

    @Test
    void savedConfiguration_isFoundWithEveryField() {
        var configuration = configured(tool());
        store().save(configuration);
        assertThat(store().find(configuration.tool())).contains(configuration);
    }

    @Test
    void defaults_roundTrip() {
        var configuration = ToolConfiguration.defaults(tool());
        store().save(configuration);
        assertThat(store().find(configuration.tool())).contains(configuration);
    }

    @Test
    void unknownTool_isNotFound() {
        assertThat(store().find(tool())).isEmpty();
        assertThat(store().delete(tool())).isFalse();
    }

    @Test
    void save_replacesTheConfiguration() {
        String tool = tool();
        store().save(configured(tool));
        var changed = new ToolConfiguration(tool, true, Set.of(), null, null, AT.plusSeconds(60));
        store().save(changed);
        assertThat(store().find(tool)).contains(changed);
    }

    @Test
    void delete_forgetsTheConfiguration() {
        String tool = tool();
        store().save(configured(tool));
        assertThat(store().delete(tool)).isTrue();
        assertThat(store().find(tool)).isEmpty();
        assertThat(store().delete(tool)).isFalse();
    }

    @Test
    void all_listsEveryConfiguredToolByName() {
        String first = "a-" + tool();
        String second = "b-" + tool();
        store().save(configured(second));
        store().save(configured(first));
        assertThat(store().all()).contains(configured(first), configured(second));
        var names = store().all().stream().map(ToolConfiguration::tool).toList();
        assertThat(names).isSorted();
    }
}
