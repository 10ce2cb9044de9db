package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolHandler;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Task status notifications of the tasks extension on {@code subscriptions/listen} streams. */
class TaskListenTest {
    private static final String TASKS = "io.modelcontextprotocol/tasks";
    private static final Principal ALICE = new Principal("alice", Set.of());
    private static final Principal MALLORY = new Principal("mallory", Set.of());
    private static final ObjectNode FORM = TestFixtures.schema(
            "{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}}}");

    private final CountDownLatch ask = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private final AtomicLong ids = new AtomicLong(100);
    private final List<Cancellation> streams = new CopyOnWriteArrayList<>();
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(Mcphex.server("task-listen-test", "1.0").taskTtl(Duration.ofSeconds(60))
                .tool(tool("confirm_then_finish", (call, ctx) -> {
                    ask.await();
                    ctx.elicit("confirm", new FormElicitation("Go on?", FORM));
                    finish.await();
                    return ToolResult.text("finished");
                }))
                .build());
    }

    @AfterEach
    void stop() throws Exception {
        streams.forEach(c -> c.cancel("test over"));
        ask.countDown();
        finish.countDown();
        client.engine.close();
    }

    private static Tool tool(String name, ToolHandler handler) {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        return new Tool(ToolDefinition.of(name, "A task tool", schema).withTaskSupport(TaskSupport.REQUIRED), handler);
    }

    private static ObjectNode withTasks() {
        ObjectNode caps = EngineHarness.allCapabilities();
        caps.putObject("extensions").putObject(TASKS);
        return caps;
    }

    private String startTask(Principal who) {
        client.as(who);
        ObjectNode created = result(client.modern("tools/call", Json.object().put("name", "confirm_then_finish"),
                withTasks()));
        assertThat(created.get("resultType").stringValue()).isEqualTo("task");
        return created.get("taskId").stringValue();
    }

    private ObjectNode get(Principal who, String taskId) {
        client.as(who);
        return result(client.modern("tasks/get", Json.object().put("taskId", taskId), withTasks()));
    }

    /** A listen stream of {@code who} on its own thread; what it is sent lands in {@code stream}. */
    private CompletableFuture<Optional<JsonRpcMessage>> listen(Principal who, ObjectNode capabilities,
                                                                List<JsonRpcNotification> stream, String... taskIds) {
        ObjectNode p = Json.object();
        var requested = p.putObject("notifications").put("toolsListChanged", true).putArray("taskIds");
        for (String id : taskIds) {
            requested.add(id);
        }
        ObjectNode meta = p.putObject("_meta");
        meta.put("io.modelcontextprotocol/protocolVersion", EngineHarness.MODERN);
        meta.set("io.modelcontextprotocol/clientCapabilities", capabilities);
        var cancellation = new Cancellation();
        streams.add(cancellation);
        Exchange exchange = Exchange.builder().principal(who).cancellation(cancellation)
                .sink(m -> stream.add((JsonRpcNotification) m)).build();
        var request = new JsonRpcRequest(RequestId.of(ids.incrementAndGet()), "subscriptions/listen", p);
        return CompletableFuture.supplyAsync(() -> client.engine.handle(request, exchange));
    }

    private static JsonRpcNotification await(List<JsonRpcNotification> stream, int index) throws InterruptedException {
        for (int i = 0; i < 500 && stream.size() <= index; i++) {
            Thread.sleep(10);
        }
        assertThat(stream).as("notifications so far").hasSizeGreaterThan(index);
        return stream.get(index);
    }

    /** The notification's params without the subscription tag, which is what tasks/get returns but its resultType. */
    private static ObjectNode task(JsonRpcNotification notification) {
        assertThat(notification.method()).isEqualTo("notifications/tasks");
        ObjectNode params = (ObjectNode) notification.params().deepCopy();
        assertThat(params.remove("_meta").has("io.modelcontextprotocol/subscriptionId")).isTrue();
        return params;
    }

    private static ObjectNode withoutResultType(ObjectNode getResult) {
        ObjectNode copy = getResult.deepCopy();
        copy.remove("resultType");
        return copy;
    }

    @Test
    void acknowledgement_namesOnlyTheCallersOwnLiveTasks() throws Exception {
        String own = startTask(ALICE);
        String foreign = startTask(MALLORY);
        List<JsonRpcNotification> stream = new CopyOnWriteArrayList<>();
        listen(ALICE, withTasks(), stream, foreign, own, "no-such-task", own);

        JsonRpcNotification ack = await(stream, 0);
        assertThat(ack.method()).isEqualTo("notifications/subscriptions/acknowledged");
        assertThat(ack.params().at("/notifications/taskIds").toString()).isEqualTo("[\"" + own + "\"]");
        assertThat(ack.params().at("/notifications/toolsListChanged").booleanValue()).isTrue();
    }

    @Test
    void everyChange_isPushedWithTheFullTask_asTasksGetShowsIt_untilTheTaskEnds() throws Exception {
        String taskId = startTask(ALICE);
        List<JsonRpcNotification> stream = new CopyOnWriteArrayList<>();
        listen(ALICE, withTasks(), stream, taskId);
        assertThat(await(stream, 0).method()).isEqualTo("notifications/subscriptions/acknowledged");
        assertThat(get(ALICE, taskId).get("status").stringValue()).isEqualTo("working");

        ask.countDown();
        ObjectNode parked = task(await(stream, 1));
        assertThat(parked.get("status").stringValue()).isEqualTo("input_required");
        assertThat(parked.at("/inputRequests/confirm/method").stringValue()).isEqualTo("elicitation/create");
        assertThat(parked).isEqualTo(withoutResultType(get(ALICE, taskId)));

        ObjectNode update = Json.object().put("taskId", taskId);
        update.set("inputResponses", params("{\"confirm\":{\"action\":\"accept\",\"content\":{\"ok\":true}}}"));
        result(client.modern("tasks/update", update, withTasks()));
        ObjectNode resumed = task(await(stream, 2));
        assertThat(resumed.get("status").stringValue()).isEqualTo("working");
        assertThat(resumed.has("inputRequests")).isFalse();
        assertThat(resumed).isEqualTo(withoutResultType(get(ALICE, taskId)));

        finish.countDown();
        ObjectNode completed = task(await(stream, 3));
        assertThat(completed.get("status").stringValue()).isEqualTo("completed");
        assertThat(completed.at("/result/content/0/text").stringValue()).isEqualTo("finished");
        assertThat(completed).isEqualTo(withoutResultType(get(ALICE, taskId)));

        result(client.modern("tasks/cancel", Json.object().put("taskId", taskId), withTasks()));
        client.engine.toolsChanged();
        assertThat(await(stream, 4).method()).isEqualTo("notifications/tools/list_changed");
        assertThat(stream).hasSize(5);
    }

    @Test
    void foreignTasks_areNotAcknowledged_andTheirChangesAreNotSent() throws Exception {
        String alices = startTask(ALICE);
        List<JsonRpcNotification> stream = new CopyOnWriteArrayList<>();
        listen(MALLORY, withTasks(), stream, alices);
        JsonRpcNotification ack = await(stream, 0);
        assertThat(ack.params().at("/notifications").has("taskIds")).isFalse();

        ask.countDown();
        for (int i = 0; i < 100 && !"input_required".equals(get(ALICE, alices).get("status").stringValue()); i++) {
            Thread.sleep(20);
        }
        client.engine.toolsChanged();
        assertThat(await(stream, 1).method()).isEqualTo("notifications/tools/list_changed");
        assertThat(stream).hasSize(2);
    }

    @Test
    void taskIds_needTheExtensionInTheRequestsCapabilities() throws Exception {
        String taskId = startTask(ALICE);
        List<JsonRpcNotification> stream = new CopyOnWriteArrayList<>();
        Optional<JsonRpcMessage> answer = listen(ALICE, EngineHarness.allCapabilities(), stream, taskId)
                .get(5, TimeUnit.SECONDS);

        JsonRpcError.Detail refused = error(answer.orElseThrow());
        assertThat(refused.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
        assertThat(refused.data().at("/requiredCapabilities/extensions").has(TASKS)).isTrue();
        assertThat(stream).isEmpty();
    }

    @Test
    void malformedTaskIds_areInvalidParams() throws Exception {
        ObjectNode p = params("{\"notifications\":{\"taskIds\":\"not-a-list\"},\"_meta\":{"
                + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{\"extensions\":{\"" + TASKS + "\":{}}}}}");
        Optional<JsonRpcMessage> answer = client.engine.handle(
                new JsonRpcRequest(RequestId.of(7), "subscriptions/listen", p), client.exchange(new Cancellation()));
        assertThat(error(answer.orElseThrow()).code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
}
