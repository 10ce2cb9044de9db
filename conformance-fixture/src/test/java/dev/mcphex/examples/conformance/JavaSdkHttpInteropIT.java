package dev.mcphex.examples.conformance;

import dev.mcphex.adapter.javalin.McpHttpServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The official MCP Java SDK client talks to the fixture over Streamable HTTP, in the legacy (session)
 * era, as any remote client would: progress, sampling and elicitation travel on the POST's SSE stream.
 */
class JavaSdkHttpInteropIT extends SdkClientInterop {
    private static final SdkClients SDK = new SdkClients();
    private static McpHttpServer server;
    private static McpSyncClient client;

    @BeforeAll
    static void startServerAndConnect() {
        server = FixtureServer.http(0);
        client = SDK.connect(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
                .endpoint("/mcp")
                .connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    @AfterAll
    static void disconnectAndStop() throws InterruptedException {
        if (client != null) {
            client.closeGracefully();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    McpSyncClient client() {
        return client;
    }

    @Override
    SdkClients sdk() {
        return SDK;
    }
}
