package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.algorithms.Algorithm;
import dev.mcphex.adapter.javalin.auth.AuthOptions;
import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Attacks on the bearer-token check, through real HTTP: each is refused with its status and runs no tool. */
class BearerAuthTest {
    private final AtomicInteger openCalls = new AtomicInteger();
    private final AtomicInteger adminCalls = new AtomicInteger();
    private final AtomicInteger askCalls = new AtomicInteger();
    private McpEngine engine;
    private HttpTestServer http;

    static AuthOptions options(KeySource keys, Set<String> algorithms) {
        return new AuthOptions(keys, algorithms, Tokens.ISSUER, URI.create(Tokens.RESOURCE), Duration.ofSeconds(30),
                4096, "permissions", List.of(Tokens.ISSUER), List.of("tools:read", "admin"));
    }

    @BeforeEach
    void start() {
        engine = Mcphex.server("auth-test", "1.0.0")
                .tool(TestTools.tool("open_tool", (call, context) -> {
                    openCalls.incrementAndGet();
                    return ToolResult.text("open");
                }))
                .tool(TestTools.tool("admin_tool", (call, context) -> {
                    adminCalls.incrementAndGet();
                    return ToolResult.text("admin");
                }).withRequiredScopes(Set.of("admin")))
                .tool(TestTools.tool("ask_name", (call, context) -> {
                    askCalls.incrementAndGet();
                    ObjectNode schema = TestTools.emptySchema();
                    schema.putObject("properties").putObject("name").put("type", "string");
                    return ToolResult.text("hello " + context.elicit(new FormElicitation("Name?", schema)).string("name"));
                }))
                .requestStateTtl(Duration.ofMillis(400))
                .build();
        http = HttpTestServer.start(engine, o -> o,
                ResourceServer.of(options(new KeySource.Hmac(Tokens.SECRET, null), Set.of("HS256"))));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        engine.close();
    }

    private HttpResponse<String> call(String tool, String token) {
        ModernRequest request = ModernRequest.call(tool);
        Map<String, String> headers = new HashMap<>(request.headers);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return http.send(http.post(request.json(), headers));
    }

    private void assertRefused(HttpResponse<String> response, int status, String challenge) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().contains(challenge);
        assertThat(openCalls.get() + adminCalls.get()).isZero();
    }

    @Test
    void noToken_isRejectedWith401NamingTheResourceMetadataAndScopes() {
        HttpResponse<String> response = call("open_tool", null);
        assertRefused(response, 401, "resource_metadata=\"http://127.0.0.1/.well-known/oauth-protected-resource/mcp\"");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("scope=\"tools:read admin\"");
    }

    @Test
    void malformedToken_isRejectedWith401() {
        assertRefused(call("open_tool", "not.a-token"), 401, "invalid_token");
    }

    @Test
    void badSignature_isRejectedWith401() {
        String forged = Tokens.valid("alice", "admin")
                .sign(Algorithm.HMAC256("another-secret-of-at-least-32-bytes!"));
        assertRefused(call("open_tool", forged), 401, "signature is invalid");
    }

    @Test
    void algNone_isRejectedWith401() {
        assertRefused(call("open_tool", Tokens.unsigned("alice")), 401, "algorithm none is not accepted");
    }

    @Test
    void expiredToken_isRejectedWith401() {
        Instant past = Instant.now().minusSeconds(600);
        String token = Tokens.hs256(b -> b.withIssuedAt(past).withNotBefore(past).withExpiresAt(past.plusSeconds(60)));
        assertRefused(call("open_tool", token), 401, "expired");
    }

    @Test
    void notYetValidToken_isRejectedWith401() {
        Instant future = Instant.now().plusSeconds(600);
        assertRefused(call("open_tool", Tokens.hs256(b -> b.withNotBefore(future))), 401, "invalid_token");
    }

    @Test
    void wrongIssuer_isRejectedWith401() {
        assertRefused(call("open_tool", Tokens.hs256(b -> b.withIssuer("https://evil.test"))), 401, "iss");
    }

    @Test
    void wrongAudience_isRejectedWith401() {
        assertRefused(call("open_tool", Tokens.hs256(b -> b.withAudience("http://other.test/mcp"))), 401, "aud");
    }

    @Test
    void oversizedToken_isRejectedWith401() {
        String token = Tokens.hs256(b -> b.withClaim("padding", "x".repeat(5000)));
        assertRefused(call("open_tool", token), 401, "larger than 4096 bytes");
    }

    @Test
    void missingScope_isRefusedWith403NamingTheScope() {
        HttpResponse<String> response = call("admin_tool", Tokens.hs256("alice", "tools:read"));
        assertRefused(response, 403, "error=\"insufficient_scope\", scope=\"admin\"");
        JsonNode error = HttpTestServer.json(response).get("error");
        assertThat(error.get("code").intValue()).isEqualTo(-32003);
        assertThat(error.get("data").get("requiredScopes").get(0).asString()).isEqualTo("admin");
    }

    @Test
    void scopes_revealExactlyTheAllowedTools() {
        assertThat(toolNames(Tokens.hs256("alice", "tools:read"))).containsExactly("open_tool", "ask_name");
        assertThat(toolNames(Tokens.hs256("root", "admin"))).containsExactly("open_tool", "admin_tool", "ask_name");
        assertThat(call("admin_tool", Tokens.hs256("root", "admin")).statusCode()).isEqualTo(200);
        assertThat(adminCalls.get()).isEqualTo(1);
    }

    private List<String> toolNames(String token) {
        ModernRequest request = ModernRequest.of("tools/list");
        Map<String, String> headers = new HashMap<>(request.headers);
        headers.put("Authorization", "Bearer " + token);
        JsonNode result = HttpTestServer.json(http.send(http.post(request.json(), headers))).get("result");
        assertThat(result.get("cacheScope").asString()).isEqualTo("private");
        return result.get("tools").valueStream().map(t -> t.get("name").asString()).toList();
    }

    @Test
    void anotherPrincipalsSessionId_getsNotFound() {
        Map<String, String> alice = Map.of("Authorization", "Bearer " + Tokens.hs256("alice", "tools:read"));
        HttpResponse<String> opened = http.send(http.post(LegacyClient.initialize("2025-11-25", Json.object()), alice));
        String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
        Map<String, String> bob = Map.of("Authorization", "Bearer " + Tokens.hs256("bob", "tools:read"),
                "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25");
        String list = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"open_tool\"}}";
        assertThat(http.send(http.post(list, bob)).statusCode()).isEqualTo(404);
        assertThat(openCalls.get()).isZero();
    }

    @Test
    void tamperedForeignOrExpiredRequestState_isRefusedBeforeTheToolRuns() throws InterruptedException {
        String alice = Tokens.hs256("alice", "tools:read");
        String state = firstRound(alice);
        assertThat(askCalls.get()).isEqualTo(1);
        String tampered = state.substring(0, state.length() - 2) + (state.endsWith("A") ? "BB" : "AA");
        assertStateRefused(retry(alice, tampered));
        assertStateRefused(retry(Tokens.hs256("bob", "tools:read"), state));
        Thread.sleep(600);
        assertStateRefused(retry(alice, state));
        assertThat(askCalls.get()).isEqualTo(1);
    }

    private String firstRound(String token) {
        ModernRequest request = ModernRequest.call("ask_name");
        request.capabilities((ObjectNode) Json.object().set("elicitation", Json.object()));
        Map<String, String> headers = new HashMap<>(request.headers);
        headers.put("Authorization", "Bearer " + token);
        JsonNode result = HttpTestServer.json(http.send(http.post(request.json(), headers))).get("result");
        return result.get("requestState").asString();
    }

    private HttpResponse<String> retry(String token, String state) {
        ModernRequest request = ModernRequest.call("ask_name");
        request.capabilities((ObjectNode) Json.object().set("elicitation", Json.object()));
        ((ObjectNode) request.body.get("params")).put("requestState", state);
        Map<String, String> headers = new HashMap<>(request.headers);
        headers.put("Authorization", "Bearer " + token);
        return http.send(http.post(request.json(), headers));
    }

    private static void assertStateRefused(HttpResponse<String> response) {
        JsonNode error = HttpTestServer.json(response).get("error");
        assertThat(error).as(response.body()).isNotNull();
        assertThat(error.get("message").asString()).isEqualTo("Invalid or expired requestState");
    }

    @Test
    void protectedResourceMetadata_namesAuthorizationServersAndScopes() {
        for (String path : List.of("/.well-known/oauth-protected-resource",
                "/.well-known/oauth-protected-resource/mcp")) {
            var request = java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                    .GET();
            HttpResponse<String> response = http.send(request);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode metadata = HttpTestServer.json(response);
            assertThat(metadata.get("resource").asString()).isEqualTo(Tokens.RESOURCE);
            assertThat(metadata.get("authorization_servers").get(0).asString()).isEqualTo(Tokens.ISSUER);
            assertThat(metadata.get("scopes_supported").toString()).isEqualTo("[\"tools:read\",\"admin\"]");
        }
    }
}
