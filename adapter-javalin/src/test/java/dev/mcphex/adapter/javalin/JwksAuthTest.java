package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.algorithms.Algorithm;
import com.sun.net.httpserver.HttpServer;
import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.protocol.ToolResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RS256 tokens whose keys come from a JWKS served by a local server whose keys rotate. */
class JwksAuthTest {
    private final KeyPair first = Tokens.rsa();
    private final KeyPair second = Tokens.rsa();
    private final AtomicReference<String> published = new AtomicReference<>(Tokens.jwks(List.of("k1"), List.of(first)));
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer jwksServer;
    private McpEngine engine;
    private HttpTestServer http;

    private void start(Duration minRefresh) throws IOException {
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwksServer.start();
        URI url = URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json");
        engine = Mcphex.server("jwks-test", "1.0.0").tool(TestTools.tool("open_tool", (call, context) -> {
            calls.incrementAndGet();
            return ToolResult.text("open");
        })).build();
        http = HttpTestServer.start(engine, o -> o, ResourceServer.of(BearerAuthTest.options(
                new KeySource.Jwks(url, minRefresh, Duration.ofHours(1)), Set.of("RS256"))));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        engine.close();
        jwksServer.stop(0);
    }

    private int call(String token) {
        ModernRequest request = ModernRequest.call("open_tool");
        Map<String, String> headers = new HashMap<>(request.headers);
        headers.put("Authorization", "Bearer " + token);
        HttpResponse<String> response = http.send(http.post(request.json(), headers));
        return response.statusCode();
    }

    @Test
    void tokenSignedWithARotatedInKey_isAcceptedAfterTheJwksIsFetchedAgain() throws IOException {
        start(Duration.ZERO);
        assertThat(call(Tokens.rs256(first, "k1", "alice"))).isEqualTo(200);
        published.set(Tokens.jwks(List.of("k2"), List.of(second)));
        assertThat(call(Tokens.rs256(second, "k2", "alice"))).isEqualTo(200);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void unknownKid_isRejectedWith401AndRefetchesAtALimitedRate() throws IOException {
        start(Duration.ofHours(1));
        assertThat(call(Tokens.rs256(first, "k1", "alice"))).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(call(Tokens.rs256(second, "unknown-" + i, "alice"))).isEqualTo(401);
        }
        assertThat(fetches.get()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void hs256TokenKeyedWithThePublicKey_isRejectedWith401() throws IOException {
        start(Duration.ZERO);
        String confused = Tokens.valid("alice", "admin").withKeyId("k1")
                .sign(Algorithm.HMAC256(first.getPublic().getEncoded()));
        assertThat(call(confused)).isEqualTo(401);
        assertThat(calls.get()).isZero();
    }
}
