package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.access.RateLimits;
import dev.mcphex.domain.access.ToolTimeouts;
import dev.mcphex.domain.memory.InMemoryToolConfigurationStore;
import dev.mcphex.ports.driven.RateLimiter.Limit;
import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.annotations.McpTool;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class AccessPolicyTest {
    private static final Principal READER = new Principal("reader", Set.of("read"));
    private static final Principal ADMIN = new Principal("admin", Set.of("read", "admin"));
    private final AtomicInteger calls = new AtomicInteger();
    private final InMemoryToolConfigurationStore store = new InMemoryToolConfigurationStore();

    public static class Annotated {
        @McpTool(description = "Wipes everything", scopes = "admin")
        public String wipe() {
            return "wiped";
        }
    }

    private McpServerBuilder builder() {
        return TestFixtures.builder()
                .tool("counted", "Counts calls", (call, context) -> {
                    calls.incrementAndGet();
                    return ToolResult.text("ok");
                })
                .annotated(new Annotated())
                .resource(new Resource(ResourceDefinition.of("file:///secret", "secret", null, "text/plain"),
                        (uri, context) -> List.of(ResourceContents.text(uri, "text/plain", "s")), Set.of("admin")))
                .prompt(new Prompt(PromptDefinition.of("private_prompt", "Private"),
                        (args, context) -> PromptResult.of(), null, Set.of("admin")))
                .toolConfigurationStore(store);
    }

    private static List<String> names(ObjectNode result, String list) {
        return result.get(list).valueStream().map(n -> n.get("name").asString()).toList();
    }

    @Test
    void itemsNeedingAScope_areHiddenFromCallersWithoutIt_andListedPrivately() {
        var reader = new EngineHarness(builder().build()).as(READER);
        ObjectNode tools = result(reader.modern("tools/list", null));
        assertThat(names(tools, "tools")).doesNotContain("wipe");
        assertThat(tools.get("cacheScope").asString()).isEqualTo("private");
        assertThat(names(result(reader.modern("prompts/list", null)), "prompts")).doesNotContain("private_prompt");
        assertThat(names(result(reader.modern("resources/list", null)), "resources")).doesNotContain("secret");

        var admin = new EngineHarness(builder().build()).as(ADMIN);
        assertThat(names(result(admin.modern("tools/list", null)), "tools")).contains("wipe", "counted");
    }

    @Test
    void callingWithoutTheScope_failsWithForbiddenNamingTheScopes() {
        var reader = new EngineHarness(builder().build()).as(READER);
        for (var refusal : List.of(reader.modern("tools/call", params("{\"name\":\"wipe\"}")),
                reader.modern("prompts/get", params("{\"name\":\"private_prompt\"}")),
                reader.modern("resources/read", params("{\"uri\":\"file:///secret\"}")),
                reader.modern("completion/complete", params("{\"ref\":{\"type\":\"ref/prompt\",\"name\":"
                        + "\"private_prompt\"},\"argument\":{\"name\":\"topic\",\"value\":\"\"}}")))) {
            assertThat(error(refusal).code()).isEqualTo(ErrorCodes.FORBIDDEN);
            assertThat(error(refusal).data().get("requiredScopes").get(0).asString()).isEqualTo("admin");
        }
    }

    @Test
    void configuration_disablesTools_addsScopes_andOverridesDescriptions() {
        var harness = new EngineHarness(builder().build()).as(READER);
        store.save(new ToolConfiguration("counted", true, Set.of("extra"), "Configured", null, Instant.now()));
        assertThat(names(result(harness.modern("tools/list", null)), "tools")).doesNotContain("counted");
        assertThat(error(harness.modern("tools/call", params("{\"name\":\"counted\"}"))).code())
                .isEqualTo(ErrorCodes.FORBIDDEN);

        store.save(new ToolConfiguration("counted", true, Set.of(), "Configured", null, Instant.now()));
        ObjectNode listed = (ObjectNode) result(harness.modern("tools/list", null)).get("tools").valueStream()
                .filter(t -> t.get("name").asString().equals("counted")).findFirst().orElseThrow();
        assertThat(listed.get("description").asString()).isEqualTo("Configured");

        store.save(new ToolConfiguration("counted", false, Set.of(), null, null, Instant.now()));
        assertThat(names(result(harness.modern("tools/list", null)), "tools")).doesNotContain("counted");
        assertThat(error(harness.modern("tools/call", params("{\"name\":\"counted\"}"))).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(calls.get()).isZero();
    }

    @Test
    void callsBeyondTheRateLimit_areRefusedWithRetryAfter() {
        var harness = new EngineHarness(builder()
                .rateLimits(new RateLimits(null, new Limit(2, Duration.ofHours(1)), Map.of())).build()).as(READER);
        for (int i = 0; i < 2; i++) {
            result(harness.modern("tools/call", params("{\"name\":\"counted\"}")));
        }
        var refused = error(harness.modern("tools/call", params("{\"name\":\"counted\"}")));
        assertThat(refused.code()).isEqualTo(ErrorCodes.RATE_LIMITED);
        assertThat(refused.data().get("retryAfterSeconds").longValue()).isPositive();
        assertThat(calls.get()).isEqualTo(2);
        assertThat(result(new EngineHarness(harness.engine).as(ADMIN)
                .modern("tools/call", params("{\"name\":\"counted\"}"))).path("isError").asBoolean(false)).isFalse();
    }

    @Test
    void aToolRunningPastItsTimeout_returnsAToolErrorNamingTheLimit() {
        var harness = new EngineHarness(TestFixtures.builder()
                .tool("sleepy", "Sleeps", (call, context) -> {
                    Thread.sleep(10_000);
                    return ToolResult.text("late");
                })
                .toolTimeouts(new ToolTimeouts(Duration.ofSeconds(30), Map.of("sleepy", Duration.ofMillis(200))))
                .build());
        ObjectNode outcome = result(harness.modern("tools/call", params("{\"name\":\"sleepy\"}")));
        assertThat(outcome.get("isError").booleanValue()).isTrue();
        assertThat(outcome.get("content").get(0).get("text").asString()).isEqualTo("Tool 'sleepy' timed out after 200 ms");
    }
}
