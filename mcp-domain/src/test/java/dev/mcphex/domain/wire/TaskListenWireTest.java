package dev.mcphex.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Tool;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 2026-07-28 listen stream following a task: its acknowledgement with {@code taskIds} and the
 * {@code notifications/tasks} it pushes, checked against the 2026-07-28 schema where it defines them
 * (the schema has no task definitions, so a task notification is checked as a JSON-RPC notification).
 */
class TaskListenWireTest {
    private static final String VERSION = "2026-07-28";

    static Stream<WireCase> listenMessages() {
        return run().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listenMessages")
    void taskListenMessagesConformTo20260728(WireCase message) {
        assertThat(message.verdict().apply(Schemas.of(message.version()))).as("%s", message).isEmpty();
    }

    private static List<WireCase> run() {
        var transcript = new Transcript(VERSION);
        var release = new CountDownLatch(1);
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        Tool job = new Tool(ToolDefinition.of("job", "A task tool", schema).withTaskSupport(TaskSupport.REQUIRED),
                (call, context) -> {
                    release.await();
                    return ToolResult.text("done");
                });
        try (McpEngine engine = Mcphex.server("wire-task-listen", "1.0.0").tool(job).build();
             ExecutorService listener = Executors.newVirtualThreadPerTaskExecutor()) {
            var call = (JsonRpcResult) engine.handle(new JsonRpcRequest(RequestId.of(1), "tools/call",
                    params().put("name", "job")), Exchange.builder().build()).orElseThrow();
            String taskId = call.result().get("taskId").stringValue();

            ObjectNode listen = params();
            listen.putObject("notifications").putArray("taskIds").add(taskId);
            var cancellation = new Cancellation();
            Exchange exchange = Exchange.builder().cancellation(cancellation)
                    .sink(transcript.sink("listen stream")).build();
            var stream = listener.submit(() ->
                    engine.handle(new JsonRpcRequest(RequestId.of(2), "subscriptions/listen", listen), exchange));
            transcript.awaitPushed("notifications/subscriptions/acknowledged").ifPresent(ack ->
                    assertThat(ack.at("/params/notifications/taskIds/0").asString()).isEqualTo(taskId));
            release.countDown();
            transcript.awaitPushed("notifications/tasks").ifPresent(task ->
                    assertThat(task.at("/params/status").asString()).isEqualTo("completed"));
            cancellation.cancel("the client went away");
            stream.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the task listen conversation broke", e);
        }
        transcript.requireCoverage(List.of("SubscriptionsAcknowledgedNotification", "JSONRPCNotification"));
        return transcript.cases();
    }

    private static ObjectNode params() {
        ObjectNode params = Json.object();
        ObjectNode meta = params.putObject("_meta");
        meta.setAll(Envelope.full());
        ((ObjectNode) meta.get(Envelope.CLIENT_CAPABILITIES)).putObject("extensions")
                .putObject("io.modelcontextprotocol/tasks");
        return params;
    }
}
