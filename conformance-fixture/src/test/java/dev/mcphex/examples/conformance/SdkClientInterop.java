package dev.mcphex.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the official Java SDK client must be able to do with the fixture, whatever the transport. */
abstract class SdkClientInterop {

    /** The connected client. */
    abstract McpSyncClient client();

    /** What the client recorded. */
    abstract SdkClients sdk();

    @Test
    void initialize_negotiatesTheLatestLegacyVersion() {
        assertThat(client().getCurrentInitializationResult().protocolVersion()).isEqualTo("2025-11-25");
        assertThat(client().getServerInfo().name()).isEqualTo("mcphex-conformance-fixture");
    }

    @Test
    void toolsAreListed_withDescriptions() {
        var tools = client().listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name)
                .contains("test_simple_text", "test_tool_with_progress", "test_sampling", "test_elicitation");
        assertThat(tools).allSatisfy(tool -> assertThat(tool.description()).isNotBlank());
    }

    @Test
    void simpleToolCall_returnsText() {
        CallToolResult result = client().callTool(CallToolRequest.builder().name("test_simple_text").build());
        assertThat(SdkClients.firstText(result)).isEqualTo("This is a simple text response for testing.");
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void toolReportingProgress_reachesTheClientsProgressConsumer() throws InterruptedException {
        CallToolResult result = client().callTool(CallToolRequest.builder().name("test_tool_with_progress")
                .arguments(Map.of()).progressToken("progress-interop").build());
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
        // The SDK hands notifications to the consumer on its own thread: the last may follow the result.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (progressOf("progress-interop").size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(progressOf("progress-interop")).containsExactly(0.0, 50.0, 100.0);
    }

    private java.util.List<Double> progressOf(String token) {
        return sdk().progress.stream().filter(p -> token.equals(p.progressToken()))
                .map(McpSchema.ProgressNotification::progress).toList();
    }

    @Test
    void toolAskingTheUser_isAnsweredByTheClientsElicitationHandler() {
        CallToolResult result = client().callTool(CallToolRequest.builder().name("test_elicitation")
                .arguments(Map.of("message", "Please provide your information")).build());
        assertThat(sdk().elicitations).extracting(McpSchema.ElicitFormRequest::message)
                .contains("Please provide your information");
        assertThat(SdkClients.firstText(result)).contains("accept").contains("testuser");
    }

    @Test
    void toolAskingTheModel_isAnsweredByTheClientsSamplingHandler() {
        CallToolResult result = client().callTool(CallToolRequest.builder().name("test_sampling")
                .arguments(Map.of("prompt", "Test prompt for sampling")).build());
        assertThat(sdk().samplings).isNotEmpty();
        assertThat(SdkClients.firstText(result)).contains(SdkClients.SAMPLED_TEXT);
    }

    @Test
    void toolUsingTheLanguageModelPort_isAnsweredByTheClientsSamplingHandler() {
        CallToolResult result = client().callTool(CallToolRequest.builder().name("test_language_model")
                .arguments(Map.of("prompt", "What is the capital of France?")).build());
        assertThat(result.isError()).as("%s", result.content()).isNotEqualTo(Boolean.TRUE);
        assertThat(sdk().samplings).anySatisfy(request -> {
            assertThat(request.systemPrompt()).isEqualTo("Answer in one short sentence.");
            assertThat(((TextContent) request.messages().get(0).content()).text())
                    .isEqualTo("What is the capital of France?");
        });
        // the SDK client declares no sampling.tools, so the model's one text reply is final
        assertThat(SdkClients.firstText(result)).startsWith("Model test-model answered after 1 turn(s)")
                .endsWith(SdkClients.SAMPLED_TEXT);
    }

    @Test
    void resourcesAreRead() {
        var contents = client().readResource(new McpSchema.ReadResourceRequest("test://static-text")).contents();
        assertThat(((McpSchema.TextResourceContents) contents.get(0)).text())
                .isEqualTo("This is the content of the static text resource.");
        var templated = client().readResource(new McpSchema.ReadResourceRequest("test://template/123/data"))
                .contents();
        assertThat(((McpSchema.TextResourceContents) templated.get(0)).text()).contains("123");
    }

    @Test
    void promptsAreRendered_withArguments() {
        var prompt = client().getPrompt(new McpSchema.GetPromptRequest("test_prompt_with_arguments",
                Map.of("arg1", "testValue1", "arg2", "testValue2")));
        assertThat(((TextContent) prompt.messages().get(0).content()).text())
                .contains("testValue1").contains("testValue2");
    }
}
