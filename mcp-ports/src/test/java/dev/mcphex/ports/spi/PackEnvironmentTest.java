package dev.mcphex.ports.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackEnvironmentTest {
    private static final Tool TOOL = new Tool(ToolDefinition.of("t", "A tool", Json.object().put("type", "object")),
            (call, context) -> ToolResult.text("t"));

    @Test
    void aPackThatNeedsNothing_offersTheSameToolsInAnyEnvironment() {
        ToolPack pack = new ToolPack() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public List<Tool> tools() {
                return List.of(TOOL);
            }
        };
        PackEnvironment environment = PackEnvironment.of(name -> Optional.of("1"), null, null,
                new TestClock(Instant.EPOCH));

        assertThat(pack.tools(environment)).containsExactly(TOOL);
    }

    @Test
    void anEnvironment_answersWithItsPartsAndEmptyForMissingStores() {
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        PackEnvironment environment = PackEnvironment.of(name -> Optional.ofNullable(Map.of("A", "b").get(name)), null,
                null, clock);

        assertThat(environment.setting("A")).contains("b");
        assertThat(environment.setting("B")).isEmpty();
        assertThat(environment.contextStore()).isEmpty();
        assertThat(environment.conversationLog()).isEmpty();
        assertThat(environment.clock()).isSameAs(clock);
    }

    @Test
    void none_hasNoSettingsAndNoStores() {
        assertThat(PackEnvironment.none().setting("PATH")).isEmpty();
        assertThat(PackEnvironment.none().contextStore()).isEmpty();
        assertThat(PackEnvironment.none().conversationLog()).isEmpty();
    }
}
