package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Modern-era response streams: when a response streams, what it carries, and how it ends. */
class StreamableHttpStreamsTest {
    private static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private McpEngine engine;
    private HttpTestServer http;

    @BeforeEach
    void start() {
        engine = Mcphex.server("streams", "1.0.0").tool(TestTools.echo()).tool(TestTools.progress())
                .tool(TestTools.waiting("wait", release, cancelled)).build();
        http = HttpTestServer.start(engine, options -> options.withKeepAlive(Duration.ofMillis(50)));
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        http.close();
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
}
