package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.StagedToolHandler;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TasksExtensionTest {
    private static final String TASKS = "io.modelcontextprotocol/tasks";
    private static final ObjectNode FORM = TestFixtures.schema(
            "{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}}}");

    private final TestClock clock = new TestClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    private final CountDownLatch release = new CountDownLatch(1);
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(Mcphex.server("tasks-test", "1.0").clock(clock).taskTtl(Duration.ofSeconds(60))
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
                .tool(tool("two_questions", TaskSupport.REQUIRED, TasksExtensionTest::twoQuestions))
                .tool(tool("staged_job", TaskSupport.REQUIRED, new StagedJob()))
                .build());
    }

    private static Tool tool(String name, TaskSupport support, ToolHandler handler) {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        return new Tool(ToolDefinition.of(name, "A test tool", schema).withTaskSupport(support), handler);
    }

    private static ToolResult twoQuestions(ToolCall call, McpContext context) {
        Map<String, InputRequest> asks = new LinkedHashMap<>();
        asks.put("a", new FormElicitation("A?", FORM));
        asks.put("b", new FormElicitation("B?", FORM));
        var answers = context.ask(asks);
        return ToolResult.text("a=" + ((ElicitationResult) answers.get("a")).content().get("ok")
                + " b=" + ((ElicitationResult) answers.get("b")).content().get("ok"));
    }

    private static final class StagedJob implements StagedToolHandler<String> {
        @Override
        public String prepare(ToolCall call, McpContext context) {
            return context.elicit("who", new FormElicitation("Who?", FORM)).action().wire();
        }

        @Override
        public ToolResult finish(ToolCall call, String prepared, McpContext context) {
            return ToolResult.text("prepared " + prepared);
        }
    }

    private static ObjectNode withTasks() {
        ObjectNode caps = EngineHarness.allCapabilities();
        caps.putObject("extensions").putObject(TASKS);
        return caps;
    }

    private ObjectNode callAsTask(String tool) {
        return result(client.modern("tools/call", Json.object().put("name", tool), withTasks()));
    }

    private ObjectNode get(String taskId) {
        return result(client.modern("tasks/get", Json.object().put("taskId", taskId), withTasks()));
    }

    private ObjectNode awaitStatus(String taskId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        ObjectNode task = get(taskId);
        while (!task.get("status").stringValue().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            task = get(taskId);
        }
        assertThat(task.get("status").stringValue()).as("status of %s", task).isEqualTo(status);
        return task;
    }

    private ObjectNode update(String taskId, String responses) {
        ObjectNode params = Json.object().put("taskId", taskId);
        params.set("inputResponses", params(responses));
        return result(client.modern("tasks/update", params, withTasks()));
    }

    @Test
    void discover_declaresTheExtension_andToolsListTheirTaskSupport() {
        ObjectNode discover = result(client.modern("server/discover", null));
        assertThat(discover.at("/capabilities/extensions").has(TASKS)).isTrue();
        ObjectNode tools = result(client.modern("tools/list", null));
        assertThat(tools.at("/tools/0/execution").isMissingNode()).isTrue();
        assertThat(tools.at("/tools/1/execution/taskSupport").stringValue()).isEqualTo("optional");
        assertThat(tools.at("/tools/2/execution/taskSupport").stringValue()).isEqualTo("required");
    }

    @Test
    void taskCall_returnsTheFlatCreateTaskResult_thenCompletesWithTheResult() throws InterruptedException {
        ObjectNode created = callAsTask("optional_job");
        assertThat(created.get("resultType").stringValue()).isEqualTo("task");
        assertThat(created.get("status").stringValue()).isEqualTo("working");
        assertThat(created.get("ttlMs").longValue()).isEqualTo(60_000);
        assertThat(created.get("pollIntervalMs").longValue()).isPositive();
        assertThat(created.has("createdAt") && created.has("lastUpdatedAt")).isTrue();
        assertThat(created.has("task") || created.has("result") || created.has("requestState")).isFalse();

        ObjectNode done = awaitStatus(created.get("taskId").stringValue(), "completed");
        assertThat(done.get("resultType").stringValue()).isEqualTo("complete");
        assertThat(done.at("/result/content/0/text").stringValue()).isEqualTo("done");
        assertThat(done.at("/result/resultType").stringValue()).isEqualTo("complete");
        assertThat(done.has("error")).isFalse();
    }

    @Test
    void clientsWithoutTasks_getOptionalToolsSynchronously_andAMissingCapabilityForRequiredOnes() {
        ObjectNode sync = result(client.modern("tools/call", Json.object().put("name", "optional_job")));
        assertThat(sync.get("resultType").stringValue()).isEqualTo("complete");
        assertThat(sync.at("/content/0/text").stringValue()).isEqualTo("done");

        JsonRpcError.Detail refused = error(client.modern("tools/call", Json.object().put("name", "blocked_job")));
        assertThat(refused.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
        assertThat(refused.data().at("/requiredCapabilities/extensions").has(TASKS)).isTrue();
    }

    @Test
    void forbiddenTools_neverBecomeTasks() {
        ObjectNode sync = callAsTask("sync_only");
        assertThat(sync.get("resultType").stringValue()).isEqualTo("complete");
    }

    @Test
    void legacyClients_runTaskToolsInTheRequest() {
        client.initialize("2025-11-25", EngineHarness.allCapabilities());
        ObjectNode sync = result(client.request("tools/call", Json.object().put("name", "optional_job")));
        assertThat(sync.at("/content/0/text").stringValue()).isEqualTo("done");
        assertThat(sync.has("resultType")).isFalse();
    }

    @Test
    void taskMethods_needTheExtension_andAKnownTaskOfTheCaller() {
        for (String method : new String[] {"tasks/get", "tasks/update", "tasks/cancel"}) {
            JsonRpcError.Detail refused = error(client.modern(method, Json.object().put("taskId", "gate-test")));
            assertThat(refused.code()).as(method).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
            assertThat(refused.data().at("/requiredCapabilities/extensions").has(TASKS)).isTrue();
        }
        assertThat(error(client.modern("tasks/get", Json.object().put("taskId", "no-such-task"), withTasks())).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
        String taskId = callAsTask("optional_job").get("taskId").stringValue();
        client.as(new Principal("mallory", Set.of()));
        assertThat(error(client.modern("tasks/get", Json.object().put("taskId", taskId), withTasks())).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void removedTaskMethods_areNotFound() {
        for (String method : new String[] {"tasks/result", "tasks/list"}) {
            assertThat(error(client.modern(method, Json.object().put("taskId", "x"), withTasks())).code())
                    .isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
        }
    }

    @Test
    void toolErrors_complete_whileProtocolErrorsFail() throws InterruptedException {
        ObjectNode toolError = awaitStatus(callAsTask("tool_error_job").get("taskId").stringValue(), "completed");
        assertThat(toolError.at("/result/isError").booleanValue()).isTrue();
        assertThat(toolError.at("/result/content/0/text").stringValue()).isEqualTo("it broke");

        ObjectNode failed = awaitStatus(callAsTask("protocol_error_job").get("taskId").stringValue(), "failed");
        assertThat(failed.at("/error/code").intValue()).isEqualTo(ErrorCodes.INTERNAL_ERROR);
        assertThat(failed.at("/error/message").stringValue()).isEqualTo("protocol broke");
        assertThat(failed.has("result")).isFalse();
    }

    @Test
    void asks_parkTheTask_untilUpdatesAnswerEveryPendingKey() throws InterruptedException {
        String taskId = callAsTask("two_questions").get("taskId").stringValue();
        ObjectNode parked = awaitStatus(taskId, "input_required");
        assertThat(parked.at("/inputRequests/a/method").stringValue()).isEqualTo("elicitation/create");
        assertThat(parked.get("inputRequests").propertyNames()).containsExactly("a", "b");

        ObjectNode ack = update(taskId, "{\"unknown-key\":{\"ignored\":true}}");
        assertThat(ack).isEqualTo(params("{\"resultType\":\"complete\"}"));
        assertThat(get(taskId).get("inputRequests").propertyNames()).containsExactly("a", "b");

        update(taskId, "{\"a\":{\"action\":\"accept\",\"content\":{\"ok\":true}}}");
        ObjectNode partly = get(taskId);
        assertThat(partly.get("status").stringValue()).isEqualTo("input_required");
        assertThat(partly.get("inputRequests").propertyNames()).containsExactly("b");

        update(taskId, "{\"b\":{\"action\":\"accept\",\"content\":{\"ok\":false}}}");
        ObjectNode done = awaitStatus(taskId, "completed");
        assertThat(done.at("/result/content/0/text").stringValue()).isEqualTo("a=true b=false");
        assertThat(done.has("inputRequests") || done.has("requestState")).isFalse();
    }

    @Test
    void cancel_endsAnActiveTask_andLeavesATerminalOneAsItIs() throws InterruptedException {
        String active = callAsTask("blocked_job").get("taskId").stringValue();
        ObjectNode ack = result(client.modern("tasks/cancel", Json.object().put("taskId", active), withTasks()));
        assertThat(ack).isEqualTo(params("{\"resultType\":\"complete\"}"));
        assertThat(awaitStatus(active, "cancelled").has("result")).isFalse();
        release.countDown();

        String finished = callAsTask("optional_job").get("taskId").stringValue();
        awaitStatus(finished, "completed");
        ObjectNode again = result(client.modern("tasks/cancel", Json.object().put("taskId", finished), withTasks()));
        assertThat(again).isEqualTo(params("{\"resultType\":\"complete\"}"));
        assertThat(get(finished).get("status").stringValue()).isEqualTo("completed");
    }

    @Test
    void tasks_areForgottenAfterTheirTimeToLive() throws InterruptedException {
        String taskId = callAsTask("optional_job").get("taskId").stringValue();
        awaitStatus(taskId, "completed");
        clock.advance(59_000);
        assertThat(get(taskId).get("status").stringValue()).isEqualTo("completed");
        clock.advance(2_000);
        assertThat(error(client.modern("tasks/get", Json.object().put("taskId", taskId), withTasks())).code())
                .isEqualTo(ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void stagedTools_gatherInputInTheRequest_beforeTheTaskExists() throws InterruptedException {
        ObjectNode first = callAsTask("staged_job");
        assertThat(first.get("resultType").stringValue()).isEqualTo("input_required");
        assertThat(first.has("taskId")).isFalse();
        assertThat(first.at("/inputRequests/who/method").stringValue()).isEqualTo("elicitation/create");

        ObjectNode retry = Json.object().put("name", "staged_job");
        retry.set("inputResponses", params("{\"who\":{\"action\":\"decline\"}}"));
        ObjectNode created = result(client.modern("tools/call", retry, withTasks()));
        assertThat(created.get("resultType").stringValue()).isEqualTo("task");
        assertThat(created.has("inputRequests") || created.has("requestState")).isFalse();
        ObjectNode done = awaitStatus(created.get("taskId").stringValue(), "completed");
        assertThat(done.at("/result/content/0/text").stringValue()).isEqualTo("prepared decline");
    }
}
