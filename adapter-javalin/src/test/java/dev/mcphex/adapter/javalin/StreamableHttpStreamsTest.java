package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.spi.Tool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Modern-era response streams: when a response streams, what it carries, and how it ends. */
class StreamableHttpStreamsTest {
    private static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";
    private static final String TASKS = "io.modelcontextprotocol/tasks";

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private McpEngine engine;
    private HttpTestServer http;

    @BeforeEach
    void start() {
        engine = Mcphex.server("streams", "1.0.0").tool(TestTools.echo()).tool(TestTools.progress())
                .tool(TestTools.waiting("wait", release, cancelled)).tool(waitingTask()).build();
        http = HttpTestServer.start(engine, options -> options.withKeepAlive(Duration.ofMillis(50)));
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        http.close();
    }

    private Tool waitingTask() {
        Tool waiting = TestTools.waiting("wait_task", release, new CountDownLatch(1));
        return new Tool(waiting.definition().withTaskSupport(TaskSupport.REQUIRED), waiting.handler());
    }

    private static ObjectNode withTasks() {
        ObjectNode capabilities = Json.object();
        capabilities.putObject("extensions").putObject(TASKS);
        return capabilities;
    }

    private EventStream open(ModernRequest request) {
        return http.open(http.post(request.json(), request.headers));
    }

    @Test
    void callReportingProgress_streamsTheProgressThenTheResult_asOneLineEvents() {
        try (EventStream stream = open(ModernRequest.call("progress").progressToken("p-1"))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.header("X-Accel-Buffering")).hasValue("no");
            List<JsonNode> messages = stream.remainingMessages();
            assertThat(messages).extracting(m -> m.path("method").asString())
                    .containsExactly("notifications/progress", "notifications/progress", "");
            assertThat(messages.get(0).path("params").path("progressToken").asString()).isEqualTo("p-1");
            assertThat(messages.get(2).path("result").path("content").get(0).path("text").asString())
                    .isEqualTo("done");
        }
    }

    @Test
    void eventData_isOneLineOfJson() {
        try (EventStream stream = open(ModernRequest.call("progress").progressToken("p-2"))) {
            EventStream.Event event = stream.nextMessageEvent();
            assertThat(event.data()).doesNotContain("\n").startsWith("{").endsWith("}");
        }
    }

    @Test
    void callReportingNothing_isAnsweredWithJson() {
        var request = ModernRequest.call("progress");
        var response = http.send(http.post(request.json(), request.headers));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void clientClosingTheStream_cancelsTheTool() throws InterruptedException {
        try (EventStream stream = open(ModernRequest.call("wait").progressToken("w-1"))) {
            assertThat(stream.nextMessage().path("method").asString()).isEqualTo("notifications/progress");
        }
        assertThat(cancelled.await(HttpTestServer.WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("the tool saw its cancellation").isTrue();
    }

    @Test
    void listen_acknowledgesFirst_thenDeliversMatchingChanges_taggedWithTheSubscriptionId() {
        var listen = ModernRequest.listen("toolsListChanged");
        try (EventStream stream = open(listen)) {
            assertThat(stream.header("X-Accel-Buffering")).hasValue("no");
            JsonNode ack = stream.nextMessage();
            assertThat(ack.path("method").asString()).isEqualTo("notifications/subscriptions/acknowledged");
            assertThat(ack.path("params").path("notifications").path("toolsListChanged").asBoolean()).isTrue();
            JsonNode subscriptionId = ack.path("params").path("_meta").get(SUBSCRIPTION_ID);
            assertThat(subscriptionId.asLong()).isEqualTo(listen.id());

            engine.toolsChanged();
            JsonNode change = stream.nextMessage();
            assertThat(change.path("method").asString()).isEqualTo("notifications/tools/list_changed");
            assertThat(change.path("params").path("_meta").get(SUBSCRIPTION_ID)).isEqualTo(subscriptionId);
        }
    }

    @Test
    void listen_deliversOnlyWhatItsFilterAskedFor() {
        try (EventStream stream = open(ModernRequest.listen("promptsListChanged"))) {
            assertThat(stream.nextMessage().path("method").asString())
                    .isEqualTo("notifications/subscriptions/acknowledged");
            engine.toolsChanged();
            engine.promptsChanged();
            assertThat(stream.nextMessage().path("method").asString())
                    .isEqualTo("notifications/prompts/list_changed");
        }
    }

    @Test
    void idleListenStream_getsKeepAliveComments() {
        try (EventStream stream = open(ModernRequest.listen("toolsListChanged"))) {
            stream.nextMessage();
            EventStream.Event idle = stream.next();
            assertThat(idle.data()).isNull();
            assertThat(idle.comment()).isEqualTo("keep-alive");
        }
    }

    @Test
    void listen_withTaskIds_pushesTheTaskWhenItCompletes_asTasksGetShowsIt() {
        var call = ModernRequest.call("wait_task").capabilities(withTasks());
        JsonNode created = HttpTestServer.json(http.send(http.post(call.json(), call.headers))).path("result");
        assertThat(created.path("resultType").asString()).isEqualTo("task");
        String taskId = created.path("taskId").asString();

        var listen = ModernRequest.listen().capabilities(withTasks());
        ((ObjectNode) listen.body.at("/params/notifications")).putArray("taskIds").add(taskId);
        try (EventStream stream = open(listen)) {
            JsonNode ack = stream.nextMessage();
            assertThat(ack.path("method").asString()).isEqualTo("notifications/subscriptions/acknowledged");
            assertThat(ack.at("/params/notifications/taskIds/0").asString()).isEqualTo(taskId);

            release.countDown();
            JsonNode pushed = stream.nextMessage();
            assertThat(pushed.path("method").asString()).isEqualTo("notifications/tasks");
            assertThat(pushed.at("/params/_meta").get(SUBSCRIPTION_ID).asLong()).isEqualTo(listen.id());
            assertThat(pushed.at("/params/status").asString()).isEqualTo("completed");
            assertThat(pushed.at("/params/result/content/0/text").asString()).isEqualTo("released");

            var get = ModernRequest.of("tasks/get").capabilities(withTasks());
            ((ObjectNode) get.body.get("params")).put("taskId", taskId);
            get.headers.put("Mcp-Name", taskId);
            ObjectNode polled = (ObjectNode) HttpTestServer.json(http.send(http.post(get.json(), get.headers)))
                    .path("result");
            polled.remove("resultType");
            ObjectNode notified = (ObjectNode) pushed.get("params").deepCopy();
            notified.remove("_meta");
            assertThat(notified).isEqualTo(polled);
        }
    }
}
