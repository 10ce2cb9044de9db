package dev.mcphex.distribution.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import dev.mcphex.adapter.javalin.auth.DevelopmentTokens;
import dev.mcphex.distribution.cli.HttpStarter;
import dev.mcphex.distribution.config.AuthConfig;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.HttpConfig;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.domain.agents.scripted.ScriptFile;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Agents over HTTP, in a server the composition root builds as {@code mcphex serve} does, with the scripted
 * model, authentication on, and the example definitions beside the test's own.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AgentsIT {
    private static final String LEGACY = "2025-11-25";
    private static final String MODERN = "2026-07-28";
    private static final String SECRET = "an-agents-test-secret-of-at-least-32-bytes";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AgentsTestPack PACK = new AgentsTestPack();
    private static final String DEFINITIONS = """
            {"agents": [
              {"name": "prober", "description": "Calls the secret tool", "instructions": "Probe.",
               "allowedTools": ["secret"]},
              {"name": "sleeper", "description": "Thinks for a long time", "instructions": "Think."},
              {"name": "looper", "description": "Never stops calling tools", "instructions": "Loop.",
               "allowedTools": ["echo"], "limits": {"maxSteps": 4}}
            ]}""";
    private static final String SCRIPT = """
            {"agents": {
              "researcher": [{"toolCalls": [{"name": "blackboard_write", "arguments": {"key": "facts", "value": "F"}}]},
                             {"text": "researched {{input}}"}],
              "writer": [{"toolCalls": [{"name": "blackboard_read", "arguments": {"key": "facts"}}]},
                         {"text": "wrote [{{input}}] from {{last}}"}],
              "editor": [{"text": "edited [{{input}}]"}],
              "lead": [{"toolCalls": [{"name": "delegate", "arguments": {"agent": "researcher", "task": "dig"}},
                                      {"name": "delegate", "arguments": {"agent": "editor", "task": "polish"}}]},
                       {"text": "lead combined: {{outcomes}}"}],
              "prober": [{"toolCalls": [{"name": "secret"}]}, {"text": "probe saw: {{last}}"}],
              "sleeper": [{"text": "awake", "delayMs": 120000}],
              "looper": [{"toolCalls": [{"name": "echo", "arguments": {"text": "1"}}]},
                         {"toolCalls": [{"name": "echo", "arguments": {"text": "2"}}]},
                         {"toolCalls": [{"name": "echo", "arguments": {"text": "3"}}]}]}}""";

    @TempDir
    static Path dir;
    private static HttpStarter.Running server;
    private static Injector injector;
    private static Map<String, String> variables;

    @BeforeAll
    static void start() throws IOException {
        Path definitions = Files.createDirectory(dir.resolve("agents"));
        Files.copy(examples().resolve("agents.json"), definitions.resolve("a-examples.json"));
        Files.writeString(definitions.resolve("b-test.json"), DEFINITIONS);
        Path script = Files.writeString(dir.resolve("script.json"), SCRIPT);
        variables = Map.of("MCP_HTTP_HOST", "127.0.0.1", "MCP_PORT", "0", "MCP_JWT_SECRET", SECRET,
                "MCP_AGENTS", definitions.toString(), "MCP_AGENT_MODEL", "scripted", "MCP_AGENT_SCRIPT", script.toString());
        injector = CompositionRoot.injector(Environment.of(variables), ToolPackModule.of(List.of(PACK)));
        server = injector.getInstance(HttpStarter.class).start();
    }

    @AfterAll
    static void stop() throws Exception {
        try (var running = server) {
            CLIENT.close();
        }
    }

    @Test
    void sequential_overHttp_pipesEachAnswerOn_throughTheBlackboard() throws Exception {
        var alice = Client.legacy(token("alice"));

        JsonNode result = alice.call("agents_run", "{\"task\":\"ships\",\"strategy\":\"sequential\","
                + "\"agents\":[\"researcher\",\"writer\",\"editor\"]}");

        assertThat(text(result)).isEqualTo("edited [wrote [researched ships] from F]");
        JsonNode structured = result.path("structuredContent");
        assertThat(structured.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(structured.path("transcript")).extracting(s -> s.path("agent").asString())
                .containsExactly("researcher", "researcher", "researcher", "writer", "writer", "writer", "editor");
        assertThat(structured.path("usage").path("totalTokens").asLong()).isPositive()
                .isEqualTo(modelTokens(structured.path("transcript")));
        assertThat(alice.progressMessages()).isNotEmpty();

        JsonNode transcript = alice.readResource(structured.path("transcriptUri").asString());
        assertThat(transcript.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(transcript.path("steps")).hasSize(7);
        JsonNode refused = Client.legacy(token("bob")).rpc("resources/read",
                Json.object().put("uri", structured.path("transcriptUri").asString()));
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(-32002);
    }

    @Test
    void parallel_overHttp_fansOutAndConcatenates() throws Exception {
        JsonNode result = Client.legacy(token("alice")).call("agents_run",
                "{\"task\":\"t\",\"strategy\":\"parallel\",\"agents\":[\"editor\",\"researcher\"]}");

        assertThat(text(result)).isEqualTo("## editor\nedited [t]\n\n## researcher\nresearched t");
    }

    @Test
    void supervisor_overHttp_delegatesToWorkers_andCombines() throws Exception {
        JsonNode result = Client.legacy(token("alice")).call("agents_run",
                "{\"task\":\"report\",\"strategy\":\"supervisor\",\"lead\":\"lead\",\"agents\":[\"researcher\",\"editor\"]}");

        assertThat(text(result)).isEqualTo("lead combined: researched dig\nedited [polish]");
        assertThat(result.path("structuredContent").path("transcript"))
                .filteredOn(s -> s.path("kind").asString().equals("delegate")).hasSize(2);
    }

    @Test
    void agentOfACallerWithoutTheScope_isRefusedTheTool_whichNeverRuns() throws Exception {
        int before = PACK.secretRuns.get();

        JsonNode result = Client.legacy(token("carol")).call("agents_run", "{\"task\":\"t\",\"agents\":[\"prober\"]}");

        assertThat(text(result)).startsWith("probe saw: Refused: Forbidden: tool 'secret' requires the scope(s) secret:read");
        assertThat(PACK.secretRuns.get()).isEqualTo(before);
        JsonNode call = result.path("structuredContent").path("transcript").get(1);
        assertThat(call.path("tool").asString()).isEqualTo("secret");
        assertThat(call.path("status").asString()).isEqualTo("ERROR");

        JsonNode allowed = Client.legacy(token("dave", AgentsTestPack.SECRET_SCOPE)).call("agents_run",
                "{\"task\":\"t\",\"agents\":[\"prober\"]}");
        assertThat(text(allowed)).isEqualTo("probe saw: the secret");
    }

    @Test
    void stepBudget_exhausted_failsTheRun_withTheReason() throws Exception {
        JsonNode result = Client.legacy(token("erin")).call("agents_run", "{\"task\":\"t\",\"agents\":[\"looper\"]}");

        assertThat(result.path("isError").asBoolean()).isTrue();
        AgentRun run = runs().recent("erin", 1).getFirst();
        assertThat(run.status()).isEqualTo(AgentRunStatus.FAILED);
        assertThat(run.error()).isEqualTo("agent 'looper' exhausted its step budget (4 steps)");
        assertThat(runs().steps(run.id())).hasSize(4);
    }

    @Test
    void runAsATask_cancelledWithTasksCancel_stopsPromptly_andIsRecordedCancelled() throws Exception {
        var frank = Client.modern(token("frank"));
        JsonNode created = frank.call("agents_run", "{\"task\":\"t\",\"agents\":[\"sleeper\"]}");
        String taskId = created.path("taskId").asString();
        assertThat(taskId).as(created.toString()).isNotBlank();
        AgentRun running = awaitRun("frank", r -> true);

        JsonNode cancelled = frank.rpc("tasks/cancel", Json.object().put("taskId", taskId));

        assertThat(cancelled.path("error").isMissingNode()).as(cancelled.toString()).isTrue();
        AgentRun stopped = awaitRun("frank", r -> r.status() == AgentRunStatus.CANCELLED);
        assertThat(stopped.id()).isEqualTo(running.id());
        assertThat(stopped.error()).isEqualTo("cancelled by tasks/cancel");
    }

    @Test
    void agents_areListed_asToolResultResourcesAndPrompts() throws Exception {
        var alice = Client.legacy(token("alice"));

        JsonNode listed = alice.call("agents_list", "{}");

        assertThat(listed.path("structuredContent").path("agents")).extracting(a -> a.path("name").asString())
                .containsExactly("researcher", "writer", "editor", "lead", "prober", "sleeper", "looper");
        JsonNode agent = alice.readResource("mcphex://agents/editor");
        assertThat(agent.path("instructions").asString()).startsWith("You edit.");
        JsonNode prompt = alice.rpc("prompts/get", (ObjectNode) Json.parse(
                "{\"name\":\"agent_editor\",\"arguments\":{\"task\":\"fix this\"}}"));
        assertThat(prompt.path("result").path("messages").get(0).path("content").path("text").asString())
                .endsWith("Task:\nfix this");
    }

    @Test
    void exampleScript_answersEveryExampleAgent() throws Exception {
        var model = ScriptFile.parse(Files.readString(examples().resolve("script.json")));

        for (String agent : List.of("researcher", "writer", "editor", "lead")) {
            var reply = model.complete(new ModelRequest(null, List.of(ModelMessage.user("task")), List.of(), 100,
                    null, null, agent), null);
            assertThat(reply.model()).isEqualTo("scripted");
        }
    }

    private static long modelTokens(JsonNode transcript) {
        long total = 0;
        for (JsonNode step : transcript) {
            if (step.path("kind").asString().equals("model")) {
                total += step.path("output").path("usage").path("inputTokens").asLong()
                        + step.path("output").path("usage").path("outputTokens").asLong();
            }
        }
        return total;
    }

    private static AgentRunStore runs() {
        return injector.getInstance(AgentRunStore.class);
    }

    private static AgentRun awaitRun(String owner, java.util.function.Predicate<AgentRun> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<AgentRun> recent = runs().recent(owner, 1);
            if (!recent.isEmpty() && condition.test(recent.getFirst())) {
                return recent.getFirst();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no run of " + owner + " met the condition: " + runs().recent(owner, 1));
    }

    private static String text(JsonNode result) {
        return result.path("content").get(0).path("text").asString();
    }

    private static String token(String subject, String... scopes) {
        var env = Environment.of(variables);
        var options = AuthConfig.from(env, HttpConfig.from(env)).options().orElseThrow();
        return DevelopmentTokens.mint(options, subject, Set.of(scopes), Duration.ofMinutes(5), Instant.now());
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/agents/agents.json"))) {
                return dir.resolve("examples/agents");
            }
        }
        throw new IllegalStateException("examples/agents not found above " + Path.of("").toAbsolutePath());
    }

    /** A client of one era with one bearer token; a legacy one opens its session first. */
    private static final class Client {
        private final String token;
        private final boolean modern;
        private String session;
        private long ids;
        private final List<JsonNode> progress = new ArrayList<>();

        private Client(String token, boolean modern) {
            this.token = token;
            this.modern = modern;
        }

        static Client legacy(String token) throws Exception {
            var client = new Client(token, false);
            ObjectNode params = Json.object().put("protocolVersion", LEGACY);
            params.putObject("capabilities");
            params.putObject("clientInfo").put("name", "agents-test").put("version", "1");
            HttpResponse<String> response = client.post("initialize", params);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            client.session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
            var initialized = CLIENT.send(client.request().POST(HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(initialized.statusCode()).isEqualTo(202);
            return client;
        }

        static Client modern(String token) {
            return new Client(token, true);
        }

        /** Calls a tool, with a progress token; returns its result. */
        JsonNode call(String tool, String arguments) throws Exception {
            ObjectNode params = Json.object().put("name", tool);
            params.set("arguments", Json.parse(arguments));
            params.putObject("_meta").put("progressToken", "agents");
            JsonNode response = rpc("tools/call", params);
            assertThat(response.has("result")).as(response.toString()).isTrue();
            return response.path("result");
        }

        JsonNode readResource(String uri) throws Exception {
            JsonNode response = rpc("resources/read", Json.object().put("uri", uri));
            return Json.parse(response.path("result").path("contents").get(0).path("text").asString());
        }

        List<JsonNode> progressMessages() {
            return progress;
        }

        /** Sends a request; returns its response, keeping the progress notifications streamed before it. */
        JsonNode rpc(String method, ObjectNode params) throws Exception {
            HttpResponse<String> response = post(method, params);
            assertThat(response.statusCode()).as(response.body()).isIn(200, 403, 404);
            List<JsonNode> messages = new ArrayList<>();
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                for (String line : response.body().split("\n")) {
                    if (line.startsWith("data:")) {
                        messages.add(Json.parse(line.substring(5).strip()));
                    }
                }
            } else {
                messages.add(Json.parse(response.body()));
            }
            messages.stream().filter(m -> "notifications/progress".equals(m.path("method").asString(""))).forEach(progress::add);
            return messages.stream().filter(m -> m.has("id")).reduce((first, second) -> second).orElseThrow();
        }

        private HttpResponse<String> post(String method, ObjectNode params) throws Exception {
            ObjectNode body = Json.object().put("jsonrpc", "2.0").put("id", ++ids).put("method", method);
            HttpRequest.Builder request = request();
            if (modern) {
                ObjectNode meta = params.has("_meta") ? (ObjectNode) params.get("_meta") : params.putObject("_meta");
                meta.put("io.modelcontextprotocol/protocolVersion", MODERN);
                meta.putObject("io.modelcontextprotocol/clientCapabilities").putObject("extensions")
                        .putObject("io.modelcontextprotocol/tasks");
                meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "agents-test").put("version", "1");
                request.header("MCP-Protocol-Version", MODERN).header("Mcp-Method", method);
                JsonNode name = params.has("name") ? params.get("name") : params.get("taskId");
                if (name != null && name.isString()) {
                    request.header("Mcp-Name", name.asString());
                }
            }
            body.set("params", params);
            return CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + server.options().path())).timeout(WAIT).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream").header("Authorization", "Bearer " + token);
            if (session != null) {
                builder.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", LEGACY);
            }
            return builder;
        }
    }
}
