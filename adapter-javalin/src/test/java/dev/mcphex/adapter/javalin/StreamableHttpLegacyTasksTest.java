package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.spi.Tool;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A 2025-11-25 session using tasks over real HTTP: create, status on the GET stream, input, result, list. */
class StreamableHttpLegacyTasksTest {
    private static final String RELATED = "io.modelcontextprotocol/related-task";

    private McpEngine engine;
    private HttpTestServer http;

    @BeforeEach
    void start() {
        Tool askName = TestTools.askName();
        engine = Mcphex.server("legacy-tasks", "1.0.0")
                .tool(new Tool(askName.definition().withTaskSupport(TaskSupport.OPTIONAL), askName.handler()))
                .build();
        http = HttpTestServer.start(engine);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
    }

    private static JsonNode post(HttpTestServer http, LegacyClient client, String body) {
        HttpResponse<String> response = http.send(client.post(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HttpTestServer.json(response);
    }

    private static String status(HttpTestServer http, LegacyClient client, String taskId) {
        return post(http, client, client.request("tasks/get", Json.object().put("taskId", taskId)))
                .at("/result/status").asString();
    }

    @Test
    void taskWithElicitation_runsToItsResultOverHttp() throws InterruptedException {
        ObjectNode capabilities = Json.object();
        capabilities.putObject("elicitation");
        capabilities.putObject("tasks").putObject("list");
        LegacyClient client = new LegacyClient(http, "2025-11-25").open(capabilities);

        try (EventStream session = http.open(client.get(null))) {
            assertThat(session.next().carriesMessage()).as("priming event").isFalse();
            ObjectNode call = Json.object().put("name", "ask_name");
            call.putObject("task").put("ttl", 60_000);
            JsonNode created = post(http, client, client.request("tools/call", call));
            String taskId = created.at("/result/task/taskId").asString();
            assertThat(created.at("/result/task/status").asString()).isEqualTo("working");

            JsonNode notice = session.nextMessage();
            assertThat(notice.path("method").asString()).isEqualTo("notifications/tasks/status");
            assertThat(notice.at("/params/taskId").asString()).isEqualTo(taskId);
            assertThat(notice.at("/params/status").asString()).isEqualTo("input_required");
            assertThat(status(http, client, taskId)).isEqualTo("input_required");

            try (EventStream payload = http.open(client.post(
                    client.request("tasks/result", Json.object().put("taskId", taskId))))) {
                JsonNode ask = payload.nextMessage();
                assertThat(ask.path("method").asString()).isEqualTo("elicitation/create");
                assertThat(ask.at("/params/_meta").path(RELATED).path("taskId").asString()).isEqualTo(taskId);
                ObjectNode answer = Json.object().put("jsonrpc", "2.0");
                answer.set("id", ask.get("id"));
                answer.putObject("result").put("action", "accept").putObject("content").put("name", "Ada");
                assertThat(http.send(client.post(Json.write(answer))).statusCode()).isEqualTo(202);

                JsonNode result = payload.nextMessage();
                assertThat(result.at("/result/content/0/text").asString()).isEqualTo("hello Ada");
                assertThat(result.at("/result/_meta").path(RELATED).path("taskId").asString()).isEqualTo(taskId);
            }
            awaitCompleted(client, taskId);
            JsonNode listed = post(http, client, client.request("tasks/list", Json.object()));
            assertThat(listed.at("/result/tasks/0/taskId").asString()).isEqualTo(taskId);
        }
    }

    private void awaitCompleted(LegacyClient client, String taskId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!status(http, client, taskId).equals("completed") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(status(http, client, taskId)).isEqualTo("completed");
    }
}
