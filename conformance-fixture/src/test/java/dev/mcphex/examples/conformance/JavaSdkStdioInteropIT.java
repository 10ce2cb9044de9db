package dev.mcphex.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official MCP Java SDK client spawns the fixture server as a stdio process and uses it as any
 * desktop client would.
 */
class JavaSdkStdioInteropIT extends SdkClientInterop {
    private static final SdkClients SDK = new SdkClients();
    private static McpSyncClient client;

    @BeforeAll
    static void spawnServer() {
        String java = ProcessHandle.current().info().command().orElse("java");
        var server = ServerParameters.builder(java)
                .args("-cp", System.getProperty("java.class.path"), FixtureServer.class.getName(), "stdio")
                .build();
        client = SDK.connect(new StdioClientTransport(server, McpJsonDefaults.getMapper()));
    }

    @AfterAll
    static void closeClient() {
        if (client != null) {
            client.closeGracefully();
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

    @Test
    void completion_suggestsPromptArgumentValues() {
        var result = client.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("test_prompt_with_arguments"),
                new McpSchema.CompleteRequest.CompleteArgument("arg1", "sam")));
        assertThat(result.completion().values()).containsExactly("sample", "sample-value");
    }
}
