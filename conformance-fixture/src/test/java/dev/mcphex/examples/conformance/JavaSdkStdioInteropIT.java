package dev.mcphex.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official MCP Java SDK client spawns the fixture server as a stdio process and uses it as any
 * desktop client would.
 */
class JavaSdkStdioInteropIT {
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

    @Test
    void initialize_negotiatesALegacyVersion() {
        assertThat(client.getCurrentInitializationResult().protocolVersion()).isEqualTo("2025-11-25");
        assertThat(client.getServerInfo().name()).isEqualTo("mcphex-conformance-fixture");
    }

    @Test
    void toolsAreListed_withDescriptionsAndObjectSchemas() {
        var tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).contains("test_simple_text", "test_tool_with_progress",
                "test_elicitation");
        assertThat(tools).allSatisfy(tool -> assertThat(tool.description()).isNotBlank());
    }

    @Test
    void simpleToolCall_returnsText() {
        CallToolResult result = client.callTool(CallToolRequest.builder().name("test_simple_text").build());
        assertThat(SdkClients.firstText(result)).isEqualTo("This is a simple text response for testing.");
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void toolReportingProgress_reachesTheClientsProgressConsumer() {
        client.callTool(CallToolRequest.builder().name("test_tool_with_progress").arguments(Map.of())
                .progressToken("progress-interop").build());
        assertThat(SDK.progress).filteredOn(p -> "progress-interop".equals(p.progressToken()))
                .extracting(McpSchema.ProgressNotification::progress).containsExactly(0.0, 50.0, 100.0);
    }

    @Test
    void toolAskingTheUser_getsTheClientsAnswer() {
        CallToolResult result = client.callTool(CallToolRequest.builder().name("test_elicitation")
                .arguments(Map.of("message", "Please provide your information")).build());
        assertThat(SDK.elicitations).isNotEmpty();
        assertThat(SdkClients.firstText(result)).contains("accept").contains("testuser");
    }

    @Test
    void toolAskingTheModel_getsTheClientsCompletion() {
        CallToolResult result = client.callTool(CallToolRequest.builder().name("test_sampling")
                .arguments(Map.of("prompt", "Test prompt for sampling")).build());
        assertThat(SdkClients.firstText(result)).contains(SdkClients.SAMPLED_TEXT);
    }

    @Test
    void resourcesAreRead() {
        var contents = client.readResource(new McpSchema.ReadResourceRequest("test://static-text")).contents();
        assertThat(((McpSchema.TextResourceContents) contents.get(0)).text())
                .isEqualTo("This is the content of the static text resource.");
        var templated = client.readResource(new McpSchema.ReadResourceRequest("test://template/123/data")).contents();
        assertThat(((McpSchema.TextResourceContents) templated.get(0)).text()).contains("123");
    }

    @Test
    void promptsAreRendered_withArguments() {
        var prompt = client.getPrompt(new McpSchema.GetPromptRequest("test_prompt_with_arguments",
                Map.of("arg1", "testValue1", "arg2", "testValue2")));
        assertThat(((TextContent) prompt.messages().get(0).content()).text())
                .contains("testValue1").contains("testValue2");
    }

    @Test
    void completion_suggestsPromptArgumentValues() {
        var result = client.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("test_prompt_with_arguments"),
                new McpSchema.CompleteRequest.CompleteArgument("arg1", "sam")));
        assertThat(result.completion().values()).containsExactly("sample", "sample-value");
    }
}
