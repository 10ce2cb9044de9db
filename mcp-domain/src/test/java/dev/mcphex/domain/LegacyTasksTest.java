package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The experimental tasks of protocol 2025-11-25, served to legacy sessions from the shared task store. */
class LegacyTasksTest {
    private static final String RELATED = "io.modelcontextprotocol/related-task";
    private static final ObjectNode FORM = TestFixtures.schema(
            "{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}}}");

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CountDownLatch release = new CountDownLatch(1);
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(Mcphex.server("legacy-tasks-test", "1.0").clock(clock)
                .taskTtl(Duration.ofSeconds(60)).pageSize(2)
                .tool(tool("sync_only", TaskSupport.FORBIDDEN, (call, ctx) -> ToolResult.text("sync")))
                .tool(tool("optional_job", TaskSupport.OPTIONAL, (call, ctx) -> ToolResult.text("done")))
                .tool(tool("blocked_job", TaskSupport.REQUIRED, (call, ctx) -> {
                    release.await();
                    return ToolResult.text("released");
                }))
                .tool(tool("tool_error_job", TaskSupport.REQUIRED, (call, ctx) -> ToolResult.error("it broke")))
                .tool(tool("protocol_error_job", TaskSupport.REQUIRED, (call, ctx) -> {
                    throw new McpProtocolException(ErrorCodes.INTERNAL_ERROR, "protocol broke");
                }))
                .tool(tool("confirm_job", TaskSupport.REQUIRED, (call, ctx) -> {
                    ElicitationResult answer = ctx.elicit(new FormElicitation("Proceed?", FORM));
                    return ToolResult.text("confirmed=" + answer.content().get("ok"));
                }))
                .build());
    }

    private static Tool tool(String name, TaskSupport support, ToolHandler handler) {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        return new Tool(ToolDefinition.of(name, "A test tool", schema).withTaskSupport(support), handler);
    }

    static ObjectNode withTasks() {
        ObjectNode caps = EngineHarness.allCapabilities();
        caps.putObject("tasks").putObject("list");
        return caps;
    }

    private ObjectNode initialized() {
        return client.initialize("2025-11-25", withTasks());
    }

    private JsonRpcMessage callAsTask(String tool) {
        return client.request("tools/call", params("{\"name\":\"" + tool + "\",\"task\":{\"ttl\":30000}}"));
    }

    private String taskId(String tool) {
        return result(callAsTask(tool)).at("/task/taskId").stringValue();
    }

    private JsonRpcMessage onTask(String method, String taskId) {
        return client.request(method, Json.object().put("taskId", taskId));
    }

    private ObjectNode awaitStatus(String taskId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        ObjectNode task = result(onTask("tasks/get", taskId));
        while (!task.get("status").stringValue().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            task = result(onTask("tasks/get", taskId));
        }
        assertThat(task.get("status").stringValue()).as("status of %s", task).isEqualTo(status);
        return task;
    }

    @Test
    void initialize_at20251125_declaresTasks_andEarlierRevisionsDoNot() {
        ObjectNode capabilities = (ObjectNode) initialized().get("capabilities");
        assertThat(capabilities.get("tasks")).isEqualTo(params(
                "{\"list\":{},\"cancel\":{},\"requests\":{\"tools\":{\"call\":{}}}}"));
        var older = new EngineHarness(client.engine);
        assertThat(older.initialize("2025-06-18", withTasks()).at("/capabilities/tasks").isMissingNode()).isTrue();
        assertThat(error(older.request("tasks/list", Json.object())).code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
    }

    @Test
    void toolsList_declaresEachToolsTaskSupport() {
        initialized();
        ObjectNode tools = result(client.request("tools/list", Json.object()));
        assertThat(tools.at("/tools/0/execution").isMissingNode()).isTrue();
        assertThat(tools.at("/tools/1/execution/taskSupport").stringValue()).isEqualTo("optional");
    }

    @Test
    void taskCall_returnsACreateTaskResult_andTasksGetPollsItToCompletion() throws InterruptedException {
        initialized();
        ObjectNode created = result(callAsTask("optional_job"));
        ObjectNode task = (ObjectNode) created.get("task");
        assertThat(created.propertyNames()).containsExactly("task");
        assertThat(task.get("status").stringValue()).isEqualTo("working");
        assertThat(task.get("ttl").longValue()).isEqualTo(30_000);
        assertThat(task.get("pollInterval").longValue()).isPositive();
        assertThat(task.get("createdAt").stringValue()).isEqualTo("2026-01-01T00:00:00Z");

        ObjectNode done = awaitStatus(task.get("taskId").stringValue(), "completed");
        assertThat(done.get("taskId")).isEqualTo(task.get("taskId"));
        assertThat(done.has("result") || done.has("resultType") || done.has("_meta")).isFalse();
    }

    @Test
    void withoutTheClientsTasksCapability_theTaskParamIsIgnored() {
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
        ObjectNode plain = result(callAsTask("optional_job"));
        assertThat(plain.at("/content/0/text").stringValue()).isEqualTo("done");
        assertThat(plain.has("task")).isFalse();
    }

    @Test
    void withoutTheTaskParam_optionalToolsAnswerInTheRequest() {
        initialized();
        ObjectNode plain = result(client.request("tools/call", params("{\"name\":\"optional_job\"}")));
        assertThat(plain.at("/content/0/text").stringValue()).isEqualTo("done");
    }

    @Test
    void toolLevelNegotiation_requiredWithoutTask_andForbiddenAsTask_areMethodNotFound() {
        initialized();
        assertThat(error(client.request("tools/call", params("{\"name\":\"blocked_job\"}"))).code())
                .isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
        assertThat(error(callAsTask("sync_only")).code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
        var withoutTasks = new EngineHarness(client.engine);
        withoutTasks.initialize("2025-11-25", EngineHarness.allCapabilities());
        assertThat(error(withoutTasks.request("tools/call", params("{\"name\":\"blocked_job\"}"))).code())
                .isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
    }

    @Test
    void tasksResult_blocksUntilTheTaskEnds_thenReturnsTheToolResultWithTheRelatedTask() throws Exception {
        initialized();
        String taskId = taskId("blocked_job");
        CompletableFuture<JsonRpcMessage> payload = CompletableFuture.supplyAsync(() -> onTask("tasks/result", taskId));
        Thread.sleep(300);
        assertThat(payload).isNotDone();
        assertThat(result(onTask("tasks/get", taskId)).get("status").stringValue()).isEqualTo("working");
        release.countDown();
        ObjectNode answer = result(payload.get(5, TimeUnit.SECONDS));
        assertThat(answer.at("/content/0/text").stringValue()).isEqualTo("released");
        assertThat(answer.at("/_meta/" + RELATED.replace("/", "~1") + "/taskId").stringValue()).isEqualTo(taskId);
        assertThat(result(onTask("tasks/result", taskId)).at("/content/0/text").stringValue()).isEqualTo("released");
    }

    @Test
    void toolErrors_showAsFailed_whileTasksResultReturnsTheToolResult() throws InterruptedException {
        initialized();
        String taskId = taskId("tool_error_job");
        ObjectNode failed = awaitStatus(taskId, "failed");
        assertThat(failed.get("statusMessage").stringValue()).contains("it broke");
        ObjectNode payload = result(onTask("tasks/result", taskId));
        assertThat(payload.get("isError").booleanValue()).isTrue();
        assertThat(payload.at("/content/0/text").stringValue()).isEqualTo("it broke");
    }

    @Test
    void protocolErrors_fail_andTasksResultReturnsTheSameError() throws InterruptedException {
        initialized();
        String taskId = taskId("protocol_error_job");
        assertThat(awaitStatus(taskId, "failed").get("statusMessage").stringValue()).isEqualTo("protocol broke");
        var error = error(onTask("tasks/result", taskId));
        assertThat(error.code()).isEqualTo(ErrorCodes.INTERNAL_ERROR);
        assertThat(error.message()).isEqualTo("protocol broke");
    }

    @Test
    void tasksList_pagesThroughTheCallersTasksOnly() {
        initialized();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(taskId("blocked_job"));
        }
        var other = new EngineHarness(client.engine).as(new Principal("mallory", Set.of()));
        other.initialize("2025-11-25", withTasks());
        String foreign = result(other.request("tools/call",
                params("{\"name\":\"blocked_job\",\"task\":{}}"))).at("/task/taskId").stringValue();

        List<String> listed = new ArrayList<>();
        ObjectNode page = result(client.request("tasks/list", Json.object()));
        assertThat(page.get("tasks").size()).isEqualTo(2);
        page.get("tasks").forEach(t -> listed.add(t.get("taskId").stringValue()));
        String cursor = page.get("nextCursor").stringValue();
        page = result(client.request("tasks/list", Json.object().put("cursor", cursor)));
        page.get("tasks").forEach(t -> listed.add(t.get("taskId").stringValue()));
        assertThat(page.has("nextCursor")).isFalse();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(mine).doesNotContain(foreign);

        assertThat(error(client.request("tasks/list", Json.object().put("cursor", "not a cursor!"))).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(error(other.request("tasks/list", Json.object().put("cursor", cursor))).code())
                .as("a cursor naming another principal's task").isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(result(other.request("tasks/list", Json.object())).get("tasks")).hasSize(1);
    }

    @Test
    void tasksOfAnotherPrincipalOrUnknownOnes_areInvalidParams() {
        initialized();
        String taskId = taskId("blocked_job");
        for (String method : List.of("tasks/get", "tasks/result", "tasks/cancel")) {
            assertThat(error(onTask(method, "no-such-task")).code()).as(method).isEqualTo(ErrorCodes.INVALID_PARAMS);
        }
        var intruder = new EngineHarness(client.engine).as(new Principal("mallory", Set.of()));
        intruder.initialize("2025-11-25", withTasks());
        for (String method : List.of("tasks/get", "tasks/result", "tasks/cancel")) {
            assertThat(error(intruder.request(method, Json.object().put("taskId", taskId))).code()).as(method)
                    .isEqualTo(ErrorCodes.INVALID_PARAMS);
        }
    }

    @Test
    void tasksCancel_cancelsAWorkingTask_andRejectsATerminalOne() throws Exception {
        initialized();
        String taskId = taskId("blocked_job");
        CompletableFuture<JsonRpcMessage> payload = CompletableFuture.supplyAsync(() -> onTask("tasks/result", taskId));
        ObjectNode cancelled = result(onTask("tasks/cancel", taskId));
        assertThat(cancelled.get("status").stringValue()).isEqualTo("cancelled");
        assertThat(cancelled.get("taskId").stringValue()).isEqualTo(taskId);
        assertThat(error(payload.get(5, TimeUnit.SECONDS)).code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(error(onTask("tasks/cancel", taskId)).code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        release.countDown();
        Thread.sleep(300);
        assertThat(result(onTask("tasks/get", taskId)).get("status").stringValue()).isEqualTo("cancelled");
    }

    @Test
    void inputDuringATask_travelsOnTheTasksResultStream_taggedWithTheTask() throws Exception {
        initialized();
        String taskId = taskId("confirm_job");
        awaitStatus(taskId, "input_required");
        assertThat(client.sent).noneMatch(m -> m instanceof JsonRpcRequest);

        CompletableFuture<JsonRpcMessage> payload = CompletableFuture.supplyAsync(() -> onTask("tasks/result", taskId));
        JsonRpcRequest ask = client.awaitServerRequest("elicitation/create");
        assertThat(ask.params().get("message").stringValue()).isEqualTo("Proceed?");
        assertThat(ask.params().path("_meta").path(RELATED).path("taskId").stringValue()).isEqualTo(taskId);
        client.send(new JsonRpcResult(ask.id(), params("{\"action\":\"accept\",\"content\":{\"ok\":true}}")));

        ObjectNode answer = result(payload.get(5, TimeUnit.SECONDS));
        assertThat(answer.at("/content/0/text").stringValue()).isEqualTo("confirmed=true");
        assertThat(result(onTask("tasks/get", taskId)).get("status").stringValue()).isEqualTo("completed");
    }

    @Test
    void statusChanges_areNotifiedOnTheSessionStream() throws Exception {
        initialized();
        List<JsonRpcMessage> stream = new CopyOnWriteArrayList<>();
        try (AutoCloseable attached = client.engine.openSessionStream(client.sessionId, stream::add)) {
            String taskId = taskId("blocked_job");
            release.countDown();
            awaitStatus(taskId, "completed");
            for (int i = 0; i < 100 && stream.isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertThat(stream).hasSize(1);
            JsonRpcNotification status = (JsonRpcNotification) stream.getFirst();
            assertThat(status.method()).isEqualTo("notifications/tasks/status");
            assertThat(status.params().get("taskId").stringValue()).isEqualTo(taskId);
            assertThat(status.params().get("status").stringValue()).isEqualTo("completed");
            assertThat(status.params().has("_meta")).isFalse();
        }
    }
}
