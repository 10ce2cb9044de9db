package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolResult;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A legacy client whose POST stream drops mid-call picks it up again with {@code Last-Event-ID}. */
class StreamableHttpResumptionTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpTestServer http;

    @BeforeEach
    void start() {
        var engine = Mcphex.server("resume", "1.0.0").tool(TestTools.tool("two_steps", (call, context) -> {
            context.progress(1, 2.0, "first");
            release.await(HttpTestServer.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            context.progress(2, 2.0, "second");
            return ToolResult.text("both steps done");
        })).build();
        http = HttpTestServer.start(engine);
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        http.close();
    }

    /** Starts the call, reads up to the first progress event, drops the connection; returns that event's id. */
    private String dropAfterFirstProgress(LegacyClient client) {
        try (EventStream stream = http.open(client.post(client.call("two_steps", Json.object(), "t")))) {
            EventStream.Event first = stream.nextMessageEvent();
            assertThat(first.message().path("method").asString()).isEqualTo("notifications/progress");
            assertThat(first.id()).isNotBlank();
            return first.id();
        }
    }

    @Test
    void droppedPostStream_isResumedByGet_withTheMissedEventsAndTheFinalResponse() {
        LegacyClient client = new LegacyClient(http, "2025-11-25").open();
        String lastEventId = dropAfterFirstProgress(client);
        release.countDown();
        try (EventStream resumed = http.open(client.get(lastEventId))) {
            assertThat(resumed.status()).isEqualTo(200);
            List<JsonNode> messages = resumed.remainingMessages();
            assertThat(messages).extracting(m -> m.path("method").asString())
                    .containsExactly("notifications/progress", "");
            assertThat(messages.get(0).path("params").path("progress").asInt()).isEqualTo(2);
            assertThat(messages.get(1).path("result").path("content").get(0).path("text").asString())
                    .isEqualTo("both steps done");
        }
    }

    @Test
    void anotherSession_cannotResumeTheStream() throws InterruptedException {
        LegacyClient owner = new LegacyClient(http, "2025-11-25").open();
        String lastEventId = dropAfterFirstProgress(owner);
        LegacyClient stranger = new LegacyClient(http, "2025-11-25").open();
        assertThat(http.send(stranger.get(lastEventId)).statusCode()).isEqualTo(404);
        release.countDown();
        Thread.sleep(100);
        assertThat(http.send(stranger.get(lastEventId)).statusCode()).isEqualTo(404);
    }
}
