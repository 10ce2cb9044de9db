package dev.mcphex.examples.conformance;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An official Java SDK client over any transport, declaring elicitation, sampling and roots, answering
 * elicitations and sampling requests with fixed replies, and recording what the server sent it.
 */
final class SdkClients {
    static final String SAMPLED_TEXT = "This is a test response from the client";

    final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    final List<McpSchema.ElicitFormRequest> elicitations = new CopyOnWriteArrayList<>();
    final List<McpSchema.CreateMessageRequest> samplings = new CopyOnWriteArrayList<>();

    McpSyncClient connect(McpClientTransport transport) {
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(30))
                .initializationTimeout(Duration.ofSeconds(30))
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().sampling().roots(true).build())
                .elicitation(request -> {
                    elicitations.add(request);
                    return new ElicitResult(ElicitResult.Action.ACCEPT,
                            Map.of("username", "testuser", "email", "test@example.com"));
                })
                .sampling(request -> {
                    samplings.add(request);
                    return McpSchema.CreateMessageResult.builder()
                            .role(McpSchema.Role.ASSISTANT)
                            .content(new TextContent(SAMPLED_TEXT))
                            .model("test-model")
                            .stopReason(McpSchema.CreateMessageResult.StopReason.END_TURN)
                            .build();
                })
                .progressConsumer(progress::add)
                .build();
        client.initialize();
        return client;
    }

    static String firstText(McpSchema.CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
