package dev.mcphex.distribution.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.adapter.postgres.JdbiConversationLog;
import dev.mcphex.adapter.postgres.PostgresDatabase;
import dev.mcphex.adapter.postgres.PostgresSettings;
import dev.mcphex.adapter.postgres.TestDatabase;
import dev.mcphex.adapter.redis.TestRedis;
import dev.mcphex.distribution.cli.HttpStarter;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two instances built by the composition root as {@code mcphex serve} builds them, sharing PostgreSQL,
 * Redis and the request-state key, behind no load balancer: the test plays one, sending each request to
 * whichever instance the scenario needs.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ScaleOutIT {
    private static final String LEGACY = "2025-11-25";
    private static final String MODERN = "2026-07-28";
    private static final ScaleTestPack PACK = new ScaleTestPack();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static HttpStarter.Running a;
    private static HttpStarter.Running b;

    @BeforeAll
    static void start() {
        Map<String, String> variables = Map.of("MCP_DATABASE_URL", TestDatabase.url(), "MCP_REDIS_URL", TestRedis.url(),
                "MCP_REQUEST_STATE_SECRET", "a-shared-request-state-secret-of-32+-bytes", "MCP_HTTP_HOST", "127.0.0.1",
                "MCP_PORT", "0", "MCP_SERVER_NAME", "scale-out", "MCP_RATE_LIMITS", ScaleTestPack.LIMITED + "=2/1h",
                "MCP_AGENT_MODEL", "sampling");
        a = instance(variables);
        b = instance(variables);
    }

    private static HttpStarter.Running instance(Map<String, String> variables) {
        return CompositionRoot.injector(Environment.of(variables), ToolPackModule.of(List.of(PACK)))
                .getInstance(HttpStarter.class).start();
    }

    @AfterAll
    static void stop() throws Exception {
        PACK.release();
        try (var first = a; var second = b) {
            CLIENT.close();
        }
    }

    @Test
    void legacySessionOpenedOnA_continuesOnB() throws Exception {
        String session = initialize(a, Json.object());

        HttpResponse<String> listed = send(post(b, request(2, "tools/list", Json.object()), session));

        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(Json.parse(listed.body()).path("result").path("tools")).extracting(t -> t.path("name").asString())
                .contains(ScaleTestPack.ASK_NAME, ScaleTestPack.TWO_STEPS);
    }

    @Test
    void elicitationSentOnA_answeredOnB_completesTheCallWaitingOnA() throws Exception {
        ObjectNode capabilities = Json.object();
        capabilities.putObject("elicitation").putObject("form");
        String session = initialize(a, capabilities);

        try (SseStream call = SseStream.open(CLIENT, post(a, call(3, ScaleTestPack.ASK_NAME), session))) {
            JsonNode elicitation = call.next("elicitation/create").message();
            ObjectNode answer = Json.object().put("jsonrpc", "2.0");
            answer.set("id", elicitation.get("id"));
            answer.putObject("result").put("action", "accept").putObject("content").put("name", "Ada");
            HttpResponse<String> relayed = send(post(b, Json.write(answer), session));
            assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(202);

            JsonNode result = call.next("").message();
            assertThat(result.path("id").asInt()).isEqualTo(3);
            assertThat(result.path("result").path("content").get(0).path("text").asString()).isEqualTo("hello Ada");
        }
    }

    @Test
    void toolConfigurationChangedThroughA_reachesAListenerOnB() throws Exception {
        ObjectNode notifications = Json.object().put("toolsListChanged", true);
        HttpRequest request = listen(b, 4, notifications, Json.object());
        try (SseStream stream = SseStream.open(CLIENT, request)) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next("notifications/subscriptions/acknowledged");

            HttpResponse<String> put = send(admin(a, "PUT", ScaleTestPack.TWO_STEPS,
                    "{\"enabled\":true,\"descriptionOverride\":\"Two steps, configured\"}"));
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

            assertThat(stream.next("notifications/tools/list_changed").message().path("method").asString())
                    .isEqualTo("notifications/tools/list_changed");
        } finally {
            send(admin(a, "DELETE", ScaleTestPack.TWO_STEPS, null));
        }
    }

    @Test
    void agentStoredThroughA_isListedByB_andBsListenersHearBothListChanges() throws Exception {
        String agent = "scale_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode params = Json.object();
        params.putObject("notifications").put("resourcesListChanged", true).put("promptsListChanged", true);
        ObjectNode meta = params.putObject("_meta").put("io.modelcontextprotocol/protocolVersion", MODERN);
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "scale-test").put("version", "1");
        meta.putObject("io.modelcontextprotocol/clientCapabilities");
        HttpRequest request = endpoint(b).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", MODERN)
                .header("Mcp-Method", "subscriptions/listen")
                .POST(HttpRequest.BodyPublishers.ofString(request(12, "subscriptions/listen", params))).build();
        try (SseStream stream = SseStream.open(CLIENT, request)) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next("notifications/subscriptions/acknowledged");

            HttpResponse<String> put = send(agents(a, "PUT", agent,
                    "{\"description\": \"Stored through A\", \"instructions\": \"Help.\"}"));
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

            stream.next("notifications/resources/list_changed");
            stream.next("notifications/prompts/list_changed");
            assertThat(modern(b, 13, "resources/list", Json.object()).at("/result/resources"))
                    .extracting(r -> r.path("uri").asString()).contains("mcphex://agents/" + agent);
            assertThat(modern(b, 14, "prompts/list", Json.object()).at("/result/prompts"))
                    .extracting(p -> p.path("name").asString()).contains("agent_" + agent);
            assertThat(Json.parse(send(agents(b, "GET", agent, null)).body()).path("description").asString())
                    .isEqualTo("Stored through A");
        } finally {
            assertThat(send(agents(a, "DELETE", agent, null)).statusCode()).isEqualTo(204);
        }
        assertThat(modern(b, 15, "prompts/list", Json.object()).at("/result/prompts"))
                .extracting(p -> p.path("name").asString()).doesNotContain("agent_" + agent);
    }

    @Test
    void streamBegunOnA_isReplayedByBFromItsLastEventId() throws Exception {
        String session = initialize(a, Json.object());
        String lastEventId;
        ObjectNode arguments = Json.object();
        ObjectNode params = Json.object().put("name", ScaleTestPack.TWO_STEPS);
        params.set("arguments", arguments);
        params.putObject("_meta").put("progressToken", "scale");
        try (SseStream call = SseStream.open(CLIENT, post(a, request(5, "tools/call", params), session))) {
            SseStream.Event first = call.next("notifications/progress");
            assertThat(first.id()).isNotBlank();
            lastEventId = first.id();
        }
        PACK.release();
        assertThat(PACK.awaitFinished()).as("the call finished on A").isTrue();

        // A's stream logs its final response just after the tool returns: ask B until the log holds it.
        HttpRequest resume = endpoint(b).header("Mcp-Session-Id", session).header("MCP-Protocol-Version", LEGACY)
                .header("Accept", "text/event-stream").header("Last-Event-ID", lastEventId).GET().build();
        JsonNode result = null;
        String lastAttempt = "";
        for (int attempt = 1; result == null && attempt <= 10; attempt++) {
            try (SseStream resumed = SseStream.open(CLIENT, resume)) {
                assertThat(resumed.status()).isEqualTo(200);
                assertThat(resumed.next("notifications/progress", Duration.ofSeconds(2)).message()
                        .path("params").path("progress").asInt()).isEqualTo(2);
                result = resumed.next("", Duration.ofSeconds(2)).message();
            } catch (IllegalStateException notYet) {
                lastAttempt = notYet.getMessage();
                Thread.sleep(200);
            }
        }
        assertThat(result).as("the replay on B ends with the call's response; last attempt: %s", lastAttempt).isNotNull();
        assertThat(result.path("id").asInt()).isEqualTo(5);
        assertThat(result.path("result").path("content").get(0).path("text").asString()).isEqualTo("both steps done");
    }

    @Test
    void streamStillWrittenByA_isFollowedByBUntilTheCallEnds() throws Exception {
        String session = initialize(a, Json.object());
        ObjectNode params = Json.object().put("name", ScaleTestPack.PACED);
        params.putObject("arguments");
        params.putObject("_meta").put("progressToken", "paced");
        String lastEventId;
        try (SseStream call = SseStream.open(CLIENT, post(a, request(9, "tools/call", params), session))) {
            SseStream.Event first = call.next("notifications/progress");
            assertThat(first.message().path("params").path("progress").asInt()).isEqualTo(1);
            lastEventId = first.id();
        }

        HttpRequest resume = endpoint(b).header("Mcp-Session-Id", session).header("MCP-Protocol-Version", LEGACY)
                .header("Accept", "text/event-stream").header("Last-Event-ID", lastEventId).GET().build();
        try (SseStream resumed = SseStream.open(CLIENT, resume)) {
            assertThat(resumed.status()).isEqualTo(200);
            for (int step = 2; step <= ScaleTestPack.PACED_STEPS; step++) {
                PACK.step();
                assertThat(resumed.next("notifications/progress").message().path("params").path("progress").asInt())
                        .isEqualTo(step);
            }
            JsonNode result = resumed.next("").message();
            assertThat(result.path("id").asInt()).isEqualTo(9);
            assertThat(result.path("result").path("content").get(0).path("text").asString()).isEqualTo("all steps done");
            assertThatThrownBy(resumed::next).as("B ends the stream after the response")
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the stream ended");
        }
    }

    @Test
    void historyOfCallsOnBothInstances_isCompleteInPostgres() throws Exception {
        String session = initialize(a, Json.object());
        assertThat(send(post(a, request(6, "tools/list", Json.object()), session)).statusCode()).isEqualTo(200);
        assertThat(send(post(b, request(7, "tools/list", Json.object()), session)).statusCode()).isEqualTo(200);
        assertThat(send(post(b, request(8, "ping", Json.object()), session)).statusCode()).isEqualTo(200);

        try (var database = new PostgresDatabase(PostgresSettings.parse(TestDatabase.url()))) {
            var log = new JdbiConversationLog(database);
            List<String> methods = List.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (methods.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                methods = log.query(HistoryQuery.all(50).bySession(session)).entries().stream()
                        .map(HistoryEntry::method).filter(m -> m.equals("tools/list") || m.equals("ping")).toList();
            }
            assertThat(methods).containsExactlyInAnyOrder("tools/list", "tools/list", "ping");
        }
    }

    @Test
    void rateLimit_countsCallsOnBothInstancesAgainstOneBudget() throws Exception {
        forgetRateLimitBuckets();
        String session = initialize(a, Json.object());
        assertThat(send(post(a, call(20, ScaleTestPack.LIMITED), session)).statusCode()).isEqualTo(200);
        assertThat(send(post(b, call(21, ScaleTestPack.LIMITED), session)).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = send(post(a, call(22, ScaleTestPack.LIMITED), session));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void taskStartedOnA_isPolledAndAnsweredOnB_andTheWorkerOnACompletesIt() throws Exception {
        String taskId = startTask(a, 30, ScaleTestPack.ASK_IN_TASK);

        JsonNode parked = awaitTaskStatus(b, taskId, "input_required");
        String key = parked.path("inputRequests").propertyNames().iterator().next();
        assertThat(parked.path("inputRequests").path(key).path("method").asString()).isEqualTo("elicitation/create");
        ObjectNode params = Json.object().put("taskId", taskId);
        params.putObject("inputResponses").putObject(key).put("action", "accept").putObject("content")
                .put("name", "Ada");
        assertThat(modern(b, 31, "tasks/update", params).path("result").path("resultType").asString())
                .isEqualTo("complete");

        JsonNode done = awaitTaskStatus(b, taskId, "completed");
        assertThat(done.path("result").path("content").get(0).path("text").asString()).isEqualTo("hello Ada");
    }

    @Test
    void taskCancelledThroughB_stopsItsWorkerOnA() throws Exception {
        String taskId = startTask(a, 40, ScaleTestPack.WORK_UNTIL_CANCELLED);
        assertThat(PACK.awaitWorkStarted()).as("the worker started on A").isTrue();

        JsonNode ack = modern(b, 41, "tasks/cancel", Json.object().put("taskId", taskId));

        assertThat(ack.path("result").path("resultType").asString()).as(ack.toString()).isEqualTo("complete");
        assertThat(PACK.awaitWorkStopped(5_000)).as("the worker on A was interrupted").isTrue();
        assertThat(awaitTaskStatus(a, taskId, "cancelled").has("result")).isFalse();
    }

    @Test
    void taskRunningOnA_isFollowedByAListenStreamOnB_untilItCompletes() throws Exception {
        String taskId = startTask(a, 60, ScaleTestPack.ASK_IN_TASK);
        JsonNode parked = awaitTaskStatus(b, taskId, "input_required");
        String key = parked.path("inputRequests").propertyNames().iterator().next();
        ObjectNode notifications = Json.object();
        notifications.putArray("taskIds").add(taskId);
        ObjectNode capabilities = Json.object();
        capabilities.putObject("extensions").putObject("io.modelcontextprotocol/tasks");

        try (SseStream stream = SseStream.open(CLIENT, listen(b, 61, notifications, capabilities))) {
            assertThat(stream.status()).isEqualTo(200);
            JsonNode ack = stream.next("notifications/subscriptions/acknowledged").message();
            assertThat(ack.at("/params/notifications/taskIds/0").asString()).isEqualTo(taskId);

            ObjectNode params = Json.object().put("taskId", taskId);
            params.putObject("inputResponses").putObject(key).put("action", "accept").putObject("content")
                    .put("name", "Ada");
            modern(a, 62, "tasks/update", params);

            JsonNode task = stream.next("notifications/tasks").message().path("params");
            while (!task.path("status").asString().equals("completed")) {
                assertThat(task.path("status").asString()).as(task.toString()).isEqualTo("working");
                task = stream.next("notifications/tasks").message().path("params");
            }
            assertThat(task.path("taskId").asString()).isEqualTo(taskId);
            assertThat(task.path("result").path("content").get(0).path("text").asString()).isEqualTo("hello Ada");
        }
    }

    /** A {@code subscriptions/listen} request to {@code instance} for {@code notifications}. */
    private static HttpRequest listen(HttpStarter.Running instance, long id, ObjectNode notifications,
                                      ObjectNode capabilities) {
        ObjectNode params = Json.object();
        params.set("notifications", notifications);
        ObjectNode meta = params.putObject("_meta").put("io.modelcontextprotocol/protocolVersion", MODERN);
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "scale-test").put("version", "1");
        meta.set("io.modelcontextprotocol/clientCapabilities", capabilities);
        ObjectNode listen = Json.object().put("jsonrpc", "2.0").put("id", id).put("method", "subscriptions/listen");
        listen.set("params", params);
        return endpoint(instance).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", MODERN)
                .header("Mcp-Method", "subscriptions/listen").POST(HttpRequest.BodyPublishers.ofString(Json.write(listen)))
                .build();
    }

    /** Calls a task-only tool on {@code instance}; returns the new task's id. */
    private static String startTask(HttpStarter.Running instance, long id, String tool) throws Exception {
        ObjectNode params = Json.object().put("name", tool);
        params.putObject("arguments");
        JsonNode created = modern(instance, id, "tools/call", params);
        assertThat(created.path("result").path("resultType").asString()).as(created.toString()).isEqualTo("task");
        return created.path("result").path("taskId").asString();
    }

    /** Asks {@code instance} with tasks/get until the task has {@code status}; returns the task. */
    private static JsonNode awaitTaskStatus(HttpStarter.Running instance, String taskId, String status)
            throws Exception {
        long deadline = System.nanoTime() + SseStream.WAIT.toNanos();
        JsonNode task = modern(instance, 50, "tasks/get", Json.object().put("taskId", taskId)).path("result");
        while (!task.path("status").asString().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            task = modern(instance, 50, "tasks/get", Json.object().put("taskId", taskId)).path("result");
        }
        assertThat(task.path("status").asString()).as("status of %s", task).isEqualTo(status);
        return task;
    }

    /**
     * A modern-era request to {@code instance} from a client that supports tasks and form elicitation;
     * returns the JSON-RPC response, from a JSON body or the last event of a stream.
     */
    private static JsonNode modern(HttpStarter.Running instance, long id, String method, ObjectNode params)
            throws Exception {
        ObjectNode meta = params.putObject("_meta").put("io.modelcontextprotocol/protocolVersion", MODERN);
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "scale-test").put("version", "1");
        ObjectNode capabilities = meta.putObject("io.modelcontextprotocol/clientCapabilities");
        capabilities.putObject("elicitation").putObject("form");
        capabilities.putObject("extensions").putObject("io.modelcontextprotocol/tasks");
        String name = params.has("taskId") ? params.get("taskId").asString() : params.path("name").asString();
        HttpResponse<String> response = send(endpoint(instance).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", MODERN)
                .header("Mcp-Method", method).header("Mcp-Name", name)
                .POST(HttpRequest.BodyPublishers.ofString(request(id, method, params))).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String body = response.body().strip();
        if (!body.startsWith("{")) {
            body = body.lines().filter(line -> line.startsWith("data:")).reduce((first, last) -> last).orElseThrow()
                    .substring("data:".length()).strip();
        }
        return Json.parse(body);
    }

    /** Empties the shared buckets, which outlive a run on a Redis the test does not own. */
    private static void forgetRateLimitBuckets() {
        var client = io.lettuce.core.RedisClient.create(TestRedis.url());
        try (var connection = client.connect()) {
            var commands = connection.sync();
            var keys = commands.keys("mcphex:ratelimit:*");
            if (!keys.isEmpty()) {
                commands.del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    /** Opens a legacy session on {@code instance}; returns its id. */
    private static String initialize(HttpStarter.Running instance, ObjectNode capabilities) throws Exception {
        ObjectNode params = Json.object().put("protocolVersion", LEGACY);
        params.set("capabilities", capabilities);
        params.putObject("clientInfo").put("name", "scale-test").put("version", "1");
        HttpResponse<String> response = send(endpoint(instance).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(request(1, "initialize", params))).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        HttpResponse<String> initialized = send(post(instance, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                session));
        assertThat(initialized.statusCode()).isEqualTo(202);
        return session;
    }

    private static String request(long id, String method, ObjectNode params) {
        ObjectNode body = Json.object().put("jsonrpc", "2.0").put("id", id).put("method", method);
        body.set("params", params);
        return Json.write(body);
    }

    private static String call(long id, String tool) {
        ObjectNode params = Json.object().put("name", tool);
        params.putObject("arguments");
        return request(id, "tools/call", params);
    }

    private static HttpRequest.Builder endpoint(HttpStarter.Running instance) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + instance.options().path()))
                .timeout(SseStream.WAIT);
    }

    private static HttpRequest post(HttpStarter.Running instance, String body, String session) {
        return endpoint(instance).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("Mcp-Session-Id", session)
                .header("MCP-Protocol-Version", LEGACY).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest admin(HttpStarter.Running instance, String method, String tool, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/api/tools/" + tool + "/config"))
                .timeout(SseStream.WAIT).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpRequest agents(HttpStarter.Running instance, String method, String agent, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/api/agents/" + agent))
                .timeout(SseStream.WAIT).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> response = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return response.get(SseStream.WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(request.method() + " " + request.uri() + " failed", e);
        }
    }
}
