package dev.mcphex.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.HttpOptions;
import dev.mcphex.adapter.javalin.McpHttpServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.domain.memory.InMemoryAgentDefinitionStore;
import dev.mcphex.domain.memory.InMemoryAgentRunStore;
import dev.mcphex.domain.memory.InMemoryContextStore;
import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.domain.models.SamplingLanguageModel;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentRunStatus;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent run whose model is the client's own: every model turn of a sequential run over two agents
 * becomes a {@code sampling/createMessage} request that the official Java SDK client answers, over
 * Streamable HTTP in the legacy era.
 */
class JavaSdkAgentRunIT {
    private static final SdkClients SDK = new SdkClients();
    private static final InMemoryAgentRunStore RUNS = new InMemoryAgentRunStore();
    private static final AgentDefinition DRAFTER = new AgentDefinition("drafter", "Writes a first draft",
            "You write a first draft of what you are asked.", List.of(), null, null);
    private static final AgentDefinition EDITOR = new AgentDefinition("editor", "Tightens a draft",
            "You edit the draft you are given into one sentence.", List.of(), null, null);
    private static McpHttpServer server;
    private static McpSyncClient client;

    @BeforeAll
    static void startServerAndConnect() {
        Clock clock = Clock.systemUTC();
        McpEngine engine = Mcphex.server("mcphex-agents-interop", "1.0.0")
                .agents(new AgentsConfiguration(List.of(DRAFTER, EDITOR), new InMemoryAgentDefinitionStore(), RUNS,
                        new InMemoryContextStore(clock), new SamplingLanguageModel(), null, null))
                .build();
        server = McpHttpServer.start(engine, engine, new InMemoryEventLog(clock, Duration.ofMinutes(10), 1000),
                HttpOptions.defaults().withPort(0), config -> { });
        client = SDK.connect(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
                .endpoint("/mcp").connectTimeout(Duration.ofSeconds(5)).build());
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

    @Test
    void sequentialRun_asksTheClientsModelOncePerAgent_andAnswersWithItsReply() {
        CallToolResult result = client.callTool(CallToolRequest.builder().name("agents_run")
                .arguments(Map.of("task", "Describe the sea.", "strategy", "sequential",
                        "agents", List.of("drafter", "editor")))
                .progressToken("agents-run-progress").build());

        assertThat(result.isError()).as(SdkClients.firstText(result)).isNotEqualTo(Boolean.TRUE);
        assertThat(SdkClients.firstText(result)).contains(SdkClients.SAMPLED_TEXT);
        assertThat(SDK.samplings).hasSize(2);
        assertThat(SDK.samplings.get(0).systemPrompt()).contains(DRAFTER.instructions());
        assertThat(firstUserText(SDK.samplings.get(0))).contains("Describe the sea.");
        assertThat(SDK.samplings.get(1).systemPrompt()).contains(EDITOR.instructions());
        assertThat(firstUserText(SDK.samplings.get(1))).contains(SdkClients.SAMPLED_TEXT);
        assertThat(SDK.progress).anySatisfy(p -> assertThat(p.progressToken()).isEqualTo("agents-run-progress"));

        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured).containsEntry("status", "COMPLETED").containsEntry("answer", SdkClients.SAMPLED_TEXT);
        UUID runId = UUID.fromString((String) structured.get("runId"));
        assertThat(RUNS.find(runId).orElseThrow().status()).isEqualTo(AgentRunStatus.COMPLETED);
        assertThat(RUNS.steps(runId)).extracting(step -> step.agent() + ":" + step.kind())
                .containsExactly("drafter:model", "editor:model");

        McpSchema.ReadResourceResult transcript = client.readResource(
                new McpSchema.ReadResourceRequest((String) structured.get("transcriptUri")));
        assertThat(((McpSchema.TextResourceContents) transcript.contents().get(0)).text())
                .contains("drafter", "editor", SdkClients.SAMPLED_TEXT);
    }

    private static String firstUserText(McpSchema.CreateMessageRequest request) {
        return ((McpSchema.TextContent) request.messages().get(0).content()).text();
    }
}
