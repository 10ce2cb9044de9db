package dev.mcphex.packs.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.domain.memory.InMemoryContextStore;
import dev.mcphex.packs.support.CallerContext;
import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ContextToolPackTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Map<String, Tool> tools = new ContextToolPack(Duration.ofHours(2))
            .tools(PackEnvironment.of(name -> Optional.empty(), new InMemoryContextStore(clock), null, clock))
            .stream().collect(Collectors.toMap(Tool::name, t -> t));
    private final CallerContext alice = CallerContext.of("alice");

    private JsonNode call(String tool, CallerContext caller, ObjectNode arguments) throws Exception {
        ToolResult result = tools.get(tool).handler().call(new ToolCall(tool, arguments), caller);
        assertThat(result.isError()).isFalse();
        return result.structuredContent();
    }

    private String handle(CallerContext caller) throws Exception {
        return call(ContextToolPack.CREATE, caller, Json.object()).get("handle").stringValue();
    }

    @Test
    void aValuePutUnderAHandle_isReadListedAndDeleted() throws Exception {
        String handle = handle(alice);
        call(ContextToolPack.PUT, alice, Json.object().put("handle", handle).put("key", "b").put("value", 2));
        call(ContextToolPack.PUT, alice, Json.object().put("handle", handle).put("key", "a")
                .set("value", Json.parse("{\"x\":[1,2]}")));

        JsonNode got = call(ContextToolPack.GET, alice, Json.object().put("handle", handle).put("key", "a"));
        assertThat(got.get("found").booleanValue()).isTrue();
        assertThat(got.get("value")).isEqualTo(Json.parse("{\"x\":[1,2]}"));
        assertThat(call(ContextToolPack.LIST, alice, Json.object().put("handle", handle)).get("keys").toString())
                .isEqualTo("[\"a\",\"b\"]");
        assertThat(call(ContextToolPack.DELETE, alice, Json.object().put("handle", handle).put("key", "a"))
                .get("deleted").booleanValue()).isTrue();
        assertThat(call(ContextToolPack.GET, alice, Json.object().put("handle", handle).put("key", "a"))
                .get("found").booleanValue()).isFalse();
    }

    @Test
    void createdHandles_areUnguessableAndStateTheirLifetime() throws Exception {
        JsonNode first = call(ContextToolPack.CREATE, alice, Json.object().put("lifetimeSeconds", 600));
        String second = handle(alice);
        assertThat(first.get("handle").stringValue()).startsWith("ctx_").hasSizeGreaterThan(40).isNotEqualTo(second);
        assertThat(first.get("lifetimeSeconds").longValue()).isEqualTo(600);
        assertThat(first.get("expiresAt").stringValue()).isEqualTo("2026-01-01T00:10:00Z");
    }

    @Test
    void anotherPrincipal_isToldTheHandleIsUnknown() throws Exception {
        String handle = handle(alice);
        call(ContextToolPack.PUT, alice, Json.object().put("handle", handle).put("key", "k").put("value", "secret"));

        assertThatThrownBy(() -> call(ContextToolPack.GET, CallerContext.of("mallory"),
                Json.object().put("handle", handle).put("key", "k")))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("Unknown or expired context handle");
    }

    @Test
    void anExpiredHandle_givesAToolErrorThatSaysSo() throws Exception {
        String handle = call(ContextToolPack.CREATE, alice, Json.object().put("lifetimeSeconds", 60)).get("handle").stringValue();
        clock.advance(61_000);

        assertThatThrownBy(() -> call(ContextToolPack.LIST, alice, Json.object().put("handle", handle)))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("expired")
                .hasMessageContaining("context_create_handle");
    }

    @Test
    void anEntryWithATtl_expiresBeforeItsHandle() throws Exception {
        String handle = handle(alice);
        call(ContextToolPack.PUT, alice, Json.object().put("handle", handle).put("key", "k").put("value", 1)
                .put("ttlSeconds", 5));
        clock.advance(6_000);

        assertThat(call(ContextToolPack.GET, alice, Json.object().put("handle", handle).put("key", "k"))
                .get("found").booleanValue()).isFalse();
    }

    @Test
    void aLifetimeOverTheMaximum_isRefused() {
        assertThatThrownBy(() -> call(ContextToolPack.CREATE, alice, Json.object().put("lifetimeSeconds", 7201)))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("from 1 to 7200");
    }

    @Test
    void withoutAContextStore_callsSayNoneIsConfigured() {
        Tool create = new ContextToolPack(Duration.ofHours(1)).tools().getFirst();

        assertThatThrownBy(() -> create.handler().call(new ToolCall(ContextToolPack.CREATE, Json.object()), alice))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("No context store is configured");
    }
}
