package dev.mcphex.domain.wire;

import static dev.mcphex.domain.wire.Check.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolHandler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives a 2025-11-25 session through every task message (CreateTaskResult, tasks/get, tasks/list,
 * tasks/result with and without input, tasks/cancel, status notifications, errors) and checks each
 * message the engine sent against the official 2025-11-25 schema.
 */
class LegacyTasksWireTest {
    private static final String VERSION = "2025-11-25";
    private static final List<String> EXPECTED = List.of("InitializeResult", "CreateTaskResult", "GetTaskResult",
            "ListTasksResult", "GetTaskPayloadResult", "CallToolResult", "CancelTaskResult", "ElicitRequest",
            "TaskStatusNotification", "JSONRPCErrorResponse");

    private final Transcript transcript = new Transcript(VERSION);
    private final AtomicLong ids = new AtomicLong();
    private final CountDownLatch release = new CountDownLatch(1);
    private String sessionId;

    static Stream<WireCase> taskMessages() {
        return new LegacyTasksWireTest().run().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskMessages")
    void taskMessagesConformTo20251125(WireCase message) {
        assertThat(message.verdict().apply(Schemas.of(message.version()))).as("%s", message).isEmpty();
    }

    private List<WireCase> run() {
        try (McpEngine engine = engine(); ExecutorService client = Executors.newVirtualThreadPerTaskExecutor()) {
            converse(engine, client);
        } catch (Exception e) {
            throw new IllegalStateException("the tasks conversation broke", e);
        }
        transcript.requireCoverage(EXPECTED);
        return transcript.cases();
    }

    private McpEngine engine() {
        return Mcphex.server("wire-tasks", "1.0.0")
                .tool(tool("job", (call, ctx) -> ToolResult.text("done")))
                .tool(tool("blocked", (call, ctx) -> {
                    release.await();
                    return ToolResult.text("released");
                }))
                .tool(tool("failing", (call, ctx) -> {
                    throw new McpProtocolException(ErrorCodes.INTERNAL_ERROR, "broke");
                }))
                .tool(tool("confirm", (call, ctx) -> {
                    ElicitationResult answer = ctx.elicit(new FormElicitation("Your name?", WireFixture.nameForm()));
                    return ToolResult.text("hello " + answer.content().get("name"));
                }))
                .build();
    }

    private static Tool tool(String name, ToolHandler handler) {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        return new Tool(ToolDefinition.of(name, "A task tool", schema).withTaskSupport(TaskSupport.OPTIONAL), handler);
    }

    private void converse(McpEngine engine, ExecutorService client) throws Exception {
        initialize(engine);
        try (AutoCloseable stream = engine.openSessionStream(sessionId, transcript.sink("session stream"))) {
            String job = task(engine, "job");
            transcript.awaitPushed("notifications/tasks/status");
            transcript.result("GetTaskResult", send(engine, "tasks/get", job), result("GetTaskResult"));
            transcript.result("GetTaskPayloadResult", send(engine, "tasks/result", job),
                    result("GetTaskPayloadResult"), result("CallToolResult"));
            transcript.result("ListTasksResult", send(engine, "tasks/list", null), result("ListTasksResult"));

            String blocked = task(engine, "blocked");
            transcript.result("CancelTaskResult", send(engine, "tasks/cancel", blocked), result("CancelTaskResult"));
            release.countDown();
            transcript.error("JSONRPCErrorResponse: cancelling a terminal task", send(engine, "tasks/cancel", blocked),
                    ErrorCodes.INVALID_PARAMS);
            transcript.error("JSONRPCErrorResponse: unknown task", send(engine, "tasks/get", "no-such-task"),
                    ErrorCodes.INVALID_PARAMS);
            String failing = task(engine, "failing");
            transcript.error("JSONRPCErrorResponse: tasks/result of a failed task",
                    send(engine, "tasks/result", failing), ErrorCodes.INTERNAL_ERROR);

            String confirm = task(engine, "confirm");
            Exchange answering = Exchange.builder().sessionId(sessionId)
                    .sink(transcript.sink("tasks/result", answering(engine, client))).build();
            transcript.result("GetTaskPayloadResult: after input", engine.handle(
                    request("tasks/result", Json.object().put("taskId", confirm)), answering),
                    result("GetTaskPayloadResult"), result("CallToolResult"));
        }
    }

    private void initialize(McpEngine engine) {
        ObjectNode params = Json.object().put("protocolVersion", VERSION);
        ObjectNode capabilities = params.putObject("capabilities");
        capabilities.putObject("elicitation");
        capabilities.putObject("tasks").putObject("list");
        params.putObject("clientInfo").put("name", "wire-test").put("version", "1.0.0");
        Exchange exchange = Exchange.builder().sink(transcript.sink("initialize")).build();
        transcript.result("InitializeResult", engine.handle(request("initialize", params), exchange),
                result("InitializeResult"));
        sessionId = exchange.sessionId().orElseThrow();
        engine.handle(new JsonRpcNotification("notifications/initialized", null), exchange());
    }

    private String task(McpEngine engine, String tool) {
        ObjectNode params = Json.object().put("name", tool);
        params.putObject("task").put("ttl", 60_000);
        JsonNode created = transcript.result("CreateTaskResult: " + tool,
                engine.handle(request("tools/call", params), exchange()), result("CreateTaskResult"));
        return created.at("/result/task/taskId").asString("");
    }

    private Optional<JsonRpcMessage> send(McpEngine engine, String method, String taskId) {
        ObjectNode params = taskId == null ? Json.object() : Json.object().put("taskId", taskId);
        return engine.handle(request(method, params), exchange());
    }

    /** Answers the server's requests on another thread, as a client reading the stream would. */
    private MessageSink answering(McpEngine engine, ExecutorService client) {
        return message -> {
            if (message instanceof JsonRpcRequest request) {
                JsonNode wire = JsonRpcCodec.toTree(request);
                client.submit(() -> engine.handle(new JsonRpcResult(request.id(), ClientAnswers.to(wire)), exchange()));
            }
        };
    }

    private Exchange exchange() {
        return Exchange.builder().sessionId(sessionId).sink(transcript.sink("request")).build();
    }

    private JsonRpcRequest request(String method, JsonNode params) {
        return new JsonRpcRequest(RequestId.of(ids.incrementAndGet()), method, params);
    }
}
