package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.protocol.ToolResult;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 2024-11-05 HTTP+SSE transport asks for the same bearer tokens as Streamable HTTP. */
class LegacySseAuthTest {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private McpEngine engine;
    private HttpTestServer http;

    @BeforeEach
    void start() {
        engine = Mcphex.server("sse-auth", "1.0.0")
                .tool(TestTools.tool("open_tool", (call, context) -> ToolResult.text("open"))).build();
        http = HttpTestServer.start(engine, o -> o,
                ResourceServer.of(BearerAuthTest.options(new KeySource.Hmac(Tokens.SECRET, null), Set.of("HS256"))));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        engine.close();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .timeout(Duration.ofSeconds(5));
    }

    @Test
    void streamWithoutToken_isRefused() throws Exception {
        HttpResponse<String> response = client.send(request("/sse").header("Accept", "text/event-stream").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
    }

    @Test
    void messagesWithoutToken_areRefused() throws Exception {
        HttpResponse<String> response = client.send(request("/messages?sessionId=anything")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void streamWithAValidToken_opensAndNamesItsMessagesEndpoint() throws Exception {
        HttpResponse<InputStream> response = client.send(request("/sse").header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + Tokens.hs256("alice")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String event = reader.readLine();
            String data = reader.readLine();
            assertThat(event).isEqualTo("event: endpoint");
            assertThat(data).startsWith("data: /messages?sessionId=");
        }
    }
}
