package dev.mcphex.adapter.javalin;

import static dev.mcphex.adapter.javalin.OldClientServer.INITIALIZED;
import static dev.mcphex.adapter.javalin.OldClientServer.call;
import static dev.mcphex.adapter.javalin.OldClientServer.initialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.protocol.ToolResult;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WebSocket transport asks for the same bearer tokens and scopes as Streamable HTTP. */
class WebSocketAuthTest {
    private final AtomicInteger adminCalls = new AtomicInteger();
    private McpEngine engine;
    private HttpTestServer http;

    @BeforeEach
    void start() {
        engine = Mcphex.server("ws-auth", "1.0.0")
                .tool(TestTools.tool("open_tool", (call, context) -> ToolResult.text("open")))
                .tool(TestTools.tool("admin_tool", (call, context) -> {
                    adminCalls.incrementAndGet();
                    return ToolResult.text("admin");
                }).withRequiredScopes(Set.of("admin")))
                .build();
        http = HttpTestServer.start(engine, o -> o,
                ResourceServer.of(BearerAuthTest.options(new KeySource.Hmac(Tokens.SECRET, null), Set.of("HS256"))));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        engine.close();
    }

    private String uri() {
        return "ws://127.0.0.1:" + http.port() + "/mcp";
    }

    @Test
    void upgradeWithoutToken_isRefused() {
        assertThatThrownBy(() -> new WsClient(uri(), Map.of())).rootCause().hasMessageContaining("401");
    }

    @Test
    void upgradeWithABadSignature_isRefused() {
        String forged = Tokens.hs256("alice") + "x";
        assertThatThrownBy(() -> new WsClient(uri(), Map.of("Authorization", "Bearer " + forged)))
                .rootCause().hasMessageContaining("401");
    }

    @Test
    void validToken_servesTools_butAToolNeedingAMissingScopeIsRefusedAndNeverRuns() throws Exception {
        try (var client = new WsClient(uri(), Map.of("Authorization", "Bearer " + Tokens.hs256("alice")))) {
            client.send(initialize(1, "2025-11-25"));
            assertThat(client.next().at("/result/serverInfo/name").asString()).isEqualTo("ws-auth");
            client.send(INITIALIZED);
            client.send(call(2, "open_tool", "{}"));
            assertThat(client.next().at("/result/content/0/text").asString()).isEqualTo("open");
            client.send(call(3, "admin_tool", "{}"));
            assertThat(client.next().at("/error/code").asInt()).isEqualTo(ErrorCodes.FORBIDDEN);
        }
        assertThat(adminCalls).hasValue(0);
    }
}
