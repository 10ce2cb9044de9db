package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.agents.AgentDefinitionsJson;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.domain.agents.scripted.ScriptFile;
import dev.mcphex.domain.memory.InMemoryAgentDefinitionStore;
import dev.mcphex.domain.memory.InMemoryAgentRunStore;
import dev.mcphex.domain.memory.InMemoryContextStore;
import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.agents.AgentStep;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.TokenUsage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Tool;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The agents feature in the engine: strategies, blackboard, rights, budgets and cancellation, with a scripted model. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AgentsTest {
    private static final Principal ALICE = new Principal("alice", Set.of());
    private static final String DEFINITIONS = """
            {"agents": [
              {"name": "researcher", "description": "Finds facts", "instructions": "Find facts.",
               "allowedTools": ["echo", "secret"]},
              {"name": "writer", "description": "Writes", "instructions": "Write."},
              {"name": "lead", "description": "Leads", "instructions": "Delegate, then combine."},
              {"name": "frugal", "description": "Has a small budget", "instructions": "Loop.",
               "allowedTools": ["echo"], "limits": {"maxSteps": 3}}
            ]}""";

    private final InMemoryAgentRunStore runs = new InMemoryAgentRunStore();
    private final AtomicInteger secretCalls = new AtomicInteger();

    private EngineHarness engine(String script) {
        ObjectNode echoSchema = Json.object().put("type", "object");
        echoSchema.putObject("properties").putObject("text").put("type", "string");
        echoSchema.putArray("required").add("text");
        var echo = new Tool(ToolDefinition.of("echo", "Echoes", echoSchema),
                (call, context) -> ToolResult.text("echo: " + call.string("text")));
        ObjectNode none = Json.object().put("type", "object");
        var secret = new Tool(ToolDefinition.of("secret", "Tells a secret", none), (call, context) -> {
            secretCalls.incrementAndGet();
            return ToolResult.text("the secret");
        }, Set.of("secret:read"));
        var configuration = new AgentsConfiguration(AgentDefinitionsJson.parse(DEFINITIONS, "test"),
                new InMemoryAgentDefinitionStore(), runs, new InMemoryContextStore(Clock.systemUTC()),
                ScriptFile.parse(script), null, null);
        var harness = new EngineHarness(Mcphex.server("agents-test", "1.0").tool(echo).tool(secret).agents(configuration).build());
        harness.as(ALICE).initialize("2025-11-25", Json.object());
        return harness;
    }

    private static ObjectNode run(EngineHarness client, String arguments) {
        ObjectNode params = Json.object().put("name", "agents_run");
        params.set("arguments", params(arguments));
        params.putObject("_meta").put("progressToken", "run");
        return result(client.request("tools/call", params));
    }

    @Test
    void sequential_handsEachAgentThePreviousAnswer_andRecordsEveryStep() {
        var client = engine("""
                {"agents": {
                  "researcher": [{"toolCalls": [{"name": "echo", "arguments": {"text": "facts"}}]},
                                 {"text": "research({{input}}) with {{last}}"}],
                  "writer": [{"text": "draft of [{{input}}]"}]}}""");

        ObjectNode result = run(client, "{\"task\":\"ships\",\"strategy\":\"sequential\",\"agents\":[\"researcher\",\"writer\"]}");

        assertThat(result.path("isError").asBoolean(false)).as(result.toString()).isFalse();
        assertThat(result.path("content").get(0).path("text").asString())
                .isEqualTo("draft of [research(ships) with echo: facts]");
        JsonNode structured = result.path("structuredContent");
        assertThat(structured.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(structured.path("transcript")).extracting(s -> s.path("agent").asString() + "/" + s.path("kind").asString())
                .containsExactly("researcher/model", "researcher/tool", "researcher/model", "writer/model");
        assertThat(structured.path("usage").path("totalTokens").asLong()).isPositive();
        AgentRun stored = runs.recent("alice", 1).getFirst();
        assertThat(stored.status()).isEqualTo(AgentRunStatus.COMPLETED);
        assertThat(runs.steps(stored.id())).hasSize(4);
        assertThat(client.notifications("notifications/progress")).hasSize(4);
    }

    @Test
    void parallel_withoutAMerger_concatenatesTheAnswersInTheOrderGiven() {
        var client = engine("""
                {"agents": {"researcher": [{"text": "R on {{input}}"}], "writer": [{"text": "W on {{input}}"}]}}""");

        ObjectNode result = run(client, "{\"task\":\"t\",\"strategy\":\"parallel\",\"agents\":[\"writer\",\"researcher\"]}");

        assertThat(result.path("content").get(0).path("text").asString())
                .isEqualTo("## writer\nW on t\n\n## researcher\nR on t");
        assertThat(result.path("structuredContent").path("transcript")).last()
                .satisfies(step -> assertThat(step.path("kind").asString()).isEqualTo("merge"));
    }

    @Test
    void parallel_withAMerger_letsTheMergerCombineTheAnswers() {
        var client = engine("""
                {"agents": {"researcher": [{"text": "R"}], "writer": [{"text": "W"}],
                            "lead": [{"text": "merged<{{input}}>"}]}}""");

        ObjectNode result = run(client,
                "{\"task\":\"t\",\"strategy\":\"parallel\",\"agents\":[\"researcher\",\"writer\"],\"merger\":\"lead\"}");

        assertThat(result.path("content").get(0).path("text").asString())
                .startsWith("merged<Task:\nt").contains("### researcher\nR", "### writer\nW");
    }

    @Test
    void supervisor_delegatesSubTasksToWorkers_andCombinesTheirAnswers() {
        var client = engine("""
                {"agents": {
                  "lead": [{"toolCalls": [{"name": "delegate", "arguments": {"agent": "researcher", "task": "dig"}},
                                          {"name": "delegate", "arguments": {"agent": "writer", "task": "write"}}]},
                           {"text": "combined:\\n{{outcomes}}"}],
                  "researcher": [{"text": "dug {{input}}"}], "writer": [{"text": "wrote {{input}}"}]}}""");

        ObjectNode result = run(client, "{\"task\":\"report\",\"lead\":\"lead\",\"agents\":[\"researcher\",\"writer\"]}");

        assertThat(result.path("content").get(0).path("text").asString()).isEqualTo("combined:\ndug dig\nwrote write");
        assertThat(result.path("structuredContent").path("strategy").asString()).isEqualTo("supervisor");
        assertThat(result.path("structuredContent").path("transcript"))
                .extracting(s -> s.path("agent").asString() + "/" + s.path("kind").asString())
                .containsExactly("lead/model", "researcher/model", "lead/delegate", "writer/model", "lead/delegate",
                        "lead/model");
    }

    @Test
    void blackboard_carriesNotesFromOneAgentToAnother_andHoldsTheTask() {
        var client = engine("""
                {"agents": {
                  "researcher": [{"toolCalls": [{"name": "blackboard_write", "arguments": {"key": "k", "value": "v1"}}]},
                                 {"text": "noted"}],
                  "writer": [{"toolCalls": [{"name": "blackboard_read", "arguments": {"key": "k"}},
                                            {"name": "blackboard_read", "arguments": {"key": "task"}}]},
                             {"text": "read {{outcomes}}"}]}}""");

        ObjectNode result = run(client, "{\"task\":\"the task\",\"agents\":[\"researcher\",\"writer\"]}");

        assertThat(result.path("content").get(0).path("text").asString()).isEqualTo("read v1\nthe task");
        assertThat(result.path("structuredContent").path("blackboard").path("k").asString()).isEqualTo("v1");
    }

    @Test
    void toolTheCallerMayNotCall_isRefusedToTheAgent_andNeverRuns() {
        var client = engine("""
                {"agents": {"researcher": [{"toolCalls": [{"name": "secret"}]}, {"text": "got: {{last}}"}]}}""");

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"researcher\"]}");

        assertThat(secretCalls).hasValue(0);
        assertThat(result.path("content").get(0).path("text").asString()).startsWith("got: Refused: Forbidden");
        JsonNode toolStep = result.path("structuredContent").path("transcript").get(1);
        assertThat(toolStep.path("tool").asString()).isEqualTo("secret");
        assertThat(toolStep.path("status").asString()).isEqualTo("ERROR");
    }

    @Test
    void toolTheCallerMayCall_runsForTheAgent() {
        var client = engine("""
                {"agents": {"researcher": [{"toolCalls": [{"name": "secret"}]}, {"text": "got: {{last}}"}]}}""");
        client.as(new Principal("alice", Set.of("secret:read")));

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"researcher\"]}");

        assertThat(secretCalls).hasValue(1);
        assertThat(result.path("content").get(0).path("text").asString()).isEqualTo("got: the secret");
    }

    @Test
    void toolOutsideTheAgentsAllowedTools_isRefused() {
        var client = engine("""
                {"agents": {"writer": [{"toolCalls": [{"name": "echo", "arguments": {"text": "x"}}]},
                                       {"text": "{{last}}"}]}}""");

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"writer\"]}");

        assertThat(result.path("content").get(0).path("text").asString())
                .isEqualTo("Refused: agent 'writer' may not call tool 'echo' (not among its allowed tools)");
    }

    @Test
    void agentStepBudget_exhausted_failsTheRunWithTheReason_keepingItsSteps() {
        String loop = "{\"toolCalls\": [{\"name\": \"echo\", \"arguments\": {\"text\": \"again\"}}]}";
        var client = engine("{\"agents\": {\"frugal\": [" + loop + "," + loop + "," + loop + "]}}");

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"frugal\"]}");

        assertThat(result.path("isError").asBoolean()).isTrue();
        assertThat(result.path("content").get(0).path("text").asString())
                .contains("agent 'frugal' exhausted its step budget (3 steps)");
        AgentRun stored = runs.recent("alice", 1).getFirst();
        assertThat(stored.status()).isEqualTo(AgentRunStatus.FAILED);
        assertThat(stored.error()).isEqualTo("agent 'frugal' exhausted its step budget (3 steps)");
        assertThat(runs.steps(stored.id())).extracting(AgentStep::kind).containsExactly("model", "tool", "model");
    }

    @Test
    void runTokenBudget_exhausted_failsTheRun() {
        var client = engine("""
                {"agents": {"researcher": [{"text": "big", "usage": {"inputTokens": 400, "outputTokens": 200}}],
                            "writer": [{"text": "never"}]}}""");

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"researcher\",\"writer\"],\"maxTokens\":500}");

        assertThat(result.path("structuredContent").path("error").asString())
                .isEqualTo("the run exhausted its token budget (500 tokens)");
        assertThat(result.path("structuredContent").path("transcript")).hasSize(1);
    }

    @Test
    void runTimeBudget_exhausted_stopsAModelTurnInProgress_andFailsTheRun() {
        var client = engine("{\"agents\": {\"researcher\": [{\"text\": \"late\", \"delayMs\": 60000}]}}");

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"researcher\"],\"timeoutSeconds\":0.2}");

        assertThat(result.path("structuredContent").path("error").asString())
                .isEqualTo("the run exceeded its time budget of 200 ms");
        assertThat(runs.recent("alice", 1).getFirst().status()).isEqualTo(AgentRunStatus.FAILED);
    }

    @Test
    void modelThatCannotAnswer_failsTheRunNamingTheAgent() {
        var client = engine("{\"agents\": {\"researcher\": [{\"toolCalls\": [{\"name\": \"echo\", \"arguments\": {\"text\": \"x\"}}]}]}}");

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"researcher\"]}");

        assertThat(result.path("structuredContent").path("error").asString())
                .startsWith("agent 'researcher': the model could not answer: the script of agent 'researcher' has 1");
    }

    @Test
    void cancelledRequest_stopsTheRunPromptly_andRecordsItCancelled() throws Exception {
        var client = engine("{\"agents\": {\"researcher\": [{\"text\": \"late\", \"delayMs\": 60000}]}}");
        ObjectNode params = Json.object().put("name", "agents_run");
        params.set("arguments", params("{\"task\":\"t\",\"agents\":[\"researcher\"]}"));
        var cancellation = new Cancellation();
        Thread caller = Thread.ofVirtual().start(() -> client.engine.handle(
                new JsonRpcRequest(RequestId.of(99), "tools/call", params), client.exchange(cancellation)));
        AgentRun running = awaitRun(r -> true);
        awaitModelTurn(caller);

        cancellation.cancel("the user gave up");

        AgentRun cancelled = awaitRun(r -> r.id().equals(running.id()) && r.status() == AgentRunStatus.CANCELLED);
        assertThat(cancelled.error()).isEqualTo("the user gave up");
        assertThat(runs.steps(cancelled.id())).extracting(AgentStep::status).map(Enum::name).containsExactly("CANCELLED");
        caller.join(Duration.ofSeconds(5));
    }

    @Test
    void transcript_isAResourceOnlyTheRunsOwnerReads() {
        var client = engine("{\"agents\": {\"writer\": [{\"text\": \"done\"}]}}");
        String uri = run(client, "{\"task\":\"t\",\"agents\":[\"writer\"]}").path("structuredContent")
                .path("transcriptUri").asString();

        ObjectNode read = result(client.request("resources/read", Json.object().put("uri", uri)));
        JsonNode transcript = Json.parse(read.path("contents").get(0).path("text").asString());
        assertThat(transcript.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(transcript.path("steps")).hasSize(1);

        var mallory = new EngineHarness(client.engine).as(new Principal("mallory", Set.of()));
        mallory.initialize("2025-11-25", Json.object());
        assertThat(error(mallory.request("resources/read", Json.object().put("uri", uri))).code())
                .isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Test
    void agents_areListedAsToolsResourcesAndPrompts() {
        var client = engine("{\"agents\": {}}");

        ObjectNode listed = result(client.request("tools/call", params("{\"name\":\"agents_list\"}")));
        assertThat(listed.path("structuredContent").path("agents")).extracting(a -> a.path("name").asString())
                .containsExactly("researcher", "writer", "lead", "frugal");
        assertThat(result(client.request("resources/list", Json.object())).path("resources"))
                .extracting(r -> r.path("uri").asString()).contains("mcphex://agents/researcher");
        ObjectNode prompt = result(client.request("prompts/get",
                params("{\"name\":\"agent_writer\",\"arguments\":{\"task\":\"a poem\"}}")));
        assertThat(prompt.path("messages").get(0).path("content").path("text").asString())
                .isEqualTo("Write.\n\nTask:\na poem");
        ObjectNode tools = result(client.request("tools/list", Json.object()));
        assertThat(tools.path("tools")).filteredOn(t -> t.path("name").asString().equals("agents_run"))
                .singleElement().satisfies(t -> assertThat(t.path("execution").path("taskSupport").asString())
                        .isEqualTo("optional"));
    }

    @Test
    void modelTurns_askThroughTheCallersContext_soAModernClientIsAskedAndTheRetryCompletes() {
        LanguageModel clientModel = new LanguageModel() {
            @Override
            public String name() {
                return "client";
            }

            @Override
            public ModelReply complete(ModelRequest request, McpContext caller) {
                SamplingResult answer = caller.sample(SamplingRequest.of(request.agent() + " asks", 50));
                return new ModelReply(answer.text(), List.of(), "endTurn", new TokenUsage(5, 5), answer.model());
            }
        };
        var configuration = new AgentsConfiguration(AgentDefinitionsJson.parse(DEFINITIONS, "test"),
                new InMemoryAgentDefinitionStore(), runs, new InMemoryContextStore(Clock.systemUTC()), clientModel,
                null, null);
        var client = new EngineHarness(Mcphex.server("agents-test", "1.0").agents(configuration).build()).as(ALICE);
        ObjectNode params = params("{\"name\":\"agents_run\",\"arguments\":{\"task\":\"t\",\"agents\":[\"writer\"]}}");

        ObjectNode first = result(client.modern("tools/call", params));
        assertThat(first.path("resultType").asString()).isEqualTo("input_required");
        assertThat(first.path("inputRequests").path("sampling-1").path("method").asString())
                .isEqualTo("sampling/createMessage");
        assertThat(runs.recent("alice", 1).getFirst().status()).isEqualTo(AgentRunStatus.CANCELLED);

        params.put("requestState", first.path("requestState").asString());
        params.set("inputResponses", params("{\"sampling-1\":{\"role\":\"assistant\","
                + "\"content\":{\"type\":\"text\",\"text\":\"the client's answer\"},\"model\":\"client-llm\"}}"));
        ObjectNode second = result(client.modern("tools/call", params));
        assertThat(second.path("content").get(0).path("text").asString()).isEqualTo("the client's answer");
        assertThat(runs.recent("alice", 1).getFirst().status()).isEqualTo(AgentRunStatus.COMPLETED);
    }

    @Test
    void unknownAgent_isAToolErrorNamingIt() {
        var client = engine("{\"agents\": {}}");

        ObjectNode result = run(client, "{\"task\":\"t\",\"agents\":[\"nobody\"]}");

        assertThat(result.path("isError").asBoolean()).isTrue();
        assertThat(result.path("content").get(0).path("text").asString()).contains("Unknown agent 'nobody'");
    }

    /**
     * Waits until the caller's thread sleeps in the scripted model's delay, so the turn has begun (a
     * step is recorded when it ends, here cancelled) rather than being cancelled before it starts.
     */
    private static void awaitModelTurn(Thread caller) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (caller.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("the model turn began within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private AgentRun awaitRun(java.util.function.Predicate<AgentRun> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<AgentRun> recent = runs.recent("alice", 10);
            for (AgentRun run : recent) {
                if (condition.test(run)) {
                    return run;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no run met the condition; runs: " + runs.recent("alice", 10));
    }
}
