package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agents feature's tools: {@value #LIST} lists the agents, {@value #RUN} runs a task across them (as a
 * task of the tasks extension when the client negotiated it).
 */
final class AgentTools {
    static final String LIST = "agents_list";
    static final String RUN = "agents_run";
    /** The tool a supervisor's lead agent hands sub-tasks on with. */
    static final String DELEGATE = "delegate";
    /** The feature's own tools, which agents may not call. */
    static final Set<String> OWN = Set.of(LIST, RUN);
    /** In {@link AgentDefinition#allowedTools()}, every tool the caller may call. */
    static final String ANY = "*";

    private final AgentDirectory directory;
    private final Coordinator coordinator;
    private final AgentLimits runLimits;

    AgentTools(AgentDirectory directory, Coordinator coordinator, AgentLimits runLimits) {
        this.directory = directory;
        this.coordinator = coordinator;
        this.runLimits = runLimits;
    }

    /** Whether {@code agent} may call {@code tool} (its caller's rights still apply). */
    static boolean allows(AgentDefinition agent, String tool) {
        return agent.allowedTools().contains(tool) || agent.allowedTools().contains(ANY);
    }

    List<Tool> tools() {
        ObjectNode none = Json.object().put("type", "object");
        none.putObject("properties");
        var list = new Tool(ToolDefinition.of(LIST, "Lists the agents that can work on tasks", none), this::list);
        var runDefinition = new ToolDefinition(RUN, "Run agents",
                "Runs a task across agents: sequential (a pipeline), parallel (fan-out and merge) or supervisor "
                        + "(a lead agent delegates to workers). Answers with the final answer, the transcript and "
                        + "the cost.", runSchema(), null, null, null, TaskSupport.OPTIONAL);
        return List.of(list, new Tool(runDefinition, this::run));
    }

    private ToolResult list(ToolCall call, McpContext context) {
        ArrayNode agents = Json.array();
        StringBuilder text = new StringBuilder();
        for (AgentDefinition agent : directory.all()) {
            agents.add(AgentJson.definition(agent));
            text.append(agent.name()).append(": ").append(agent.description()).append('\n');
        }
        ObjectNode structured = Json.object();
        structured.set("agents", agents);
        return new ToolResult(List.of(new TextContent(text.isEmpty() ? "No agents are defined." : text.toString().strip(),
                null)), structured, false);
    }

    private ToolResult run(ToolCall call, McpContext context) {
        RunPlan plan = plan(call);
        RunOutcome outcome = coordinator.run(plan, context);
        if (outcome.run().status() == AgentRunStatus.CANCELLED) {
            throw new CancellationException(outcome.run().error());
        }
        ObjectNode structured = Json.object().put("runId", outcome.run().id().toString())
                .put("status", outcome.run().status().name()).put("strategy", plan.strategy().wire());
        boolean completed = outcome.run().status() == AgentRunStatus.COMPLETED;
        if (completed) {
            structured.put("answer", outcome.answer());
        } else {
            structured.put("error", outcome.run().error());
        }
        structured.putObject("usage").put("inputTokens", outcome.usage().inputTokens())
                .put("outputTokens", outcome.usage().outputTokens()).put("totalTokens", outcome.usage().total());
        structured.put("durationMs", outcome.duration().toMillis()).put("stepCount", outcome.steps().size())
                .put("transcriptUri", AgentJson.runUri(outcome.run().id()));
        structured.set("transcript", AgentJson.steps(outcome.steps()));
        structured.set("blackboard", outcome.blackboard());
        String text = completed ? outcome.answer()
                : "Agent run " + outcome.run().id() + " failed: " + outcome.run().error();
        return new ToolResult(List.of(new TextContent(text, null)), structured, !completed);
    }

    /** The plan the call asks for. */
    RunPlan plan(ToolCall call) {
        String lead = call.string("lead");
        String strategyName = call.string("strategy", lead != null ? "supervisor" : "sequential");
        AgentStrategy strategy;
        try {
            strategy = AgentStrategy.parse(strategyName);
        } catch (IllegalArgumentException e) {
            throw new ToolExecutionException(e.getMessage());
        }
        List<AgentDefinition> agents = new ArrayList<>();
        for (JsonNode name : call.arguments().path("agents")) {
            agents.add(agent(name.asString()));
        }
        AgentDefinition leadAgent = lead == null ? null : agent(lead);
        if (strategy == AgentStrategy.SUPERVISOR && leadAgent != null && agents.isEmpty()) {
            directory.all().stream().filter(a -> !a.name().equals(lead)).forEach(agents::add);
        }
        String merger = call.string("merger");
        try {
            return new RunPlan(call.string("task"), strategy, agents,
                    strategy == AgentStrategy.SUPERVISOR ? leadAgent : null,
                    strategy == AgentStrategy.PARALLEL && merger != null ? agent(merger) : null, limits(call));
        } catch (IllegalArgumentException e) {
            throw new ToolExecutionException(e.getMessage());
        }
    }

    private AgentDefinition agent(String name) {
        return directory.find(name).orElseThrow(() -> new ToolExecutionException("Unknown agent '" + name
                + "'; " + LIST + " names the agents there are"));
    }

    /** The configured run budget, lowered where the call asks for less. */
    private AgentLimits limits(ToolCall call) {
        int steps = (int) Math.min(runLimits.maxSteps(), call.integer("maxSteps", runLimits.maxSteps()));
        long tokens = Math.min(runLimits.maxTokens(), call.integer("maxTokens", runLimits.maxTokens()));
        Duration time = runLimits.maxDuration();
        double seconds = call.number("timeoutSeconds", 0);
        if (seconds > 0 && Duration.ofMillis((long) (seconds * 1000)).compareTo(time) < 0) {
            time = Duration.ofMillis(Math.max(1, (long) (seconds * 1000)));
        }
        return new AgentLimits(steps, tokens, time);
    }

    private static ObjectNode runSchema() {
        ObjectNode schema = Json.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("task").put("type", "string").put("minLength", 1).put("description", "What to do");
        ArrayNode strategies = properties.putObject("strategy").put("type", "string")
                .put("description", "sequential (default), parallel, or supervisor (default when lead is given)")
                .putArray("enum");
        for (AgentStrategy s : AgentStrategy.values()) {
            strategies.add(s.wire());
        }
        properties.putObject("agents").put("type", "array").put("description",
                        "The pipeline's agents in order, the fan-out's agents, or the supervisor's workers "
                                + "(default: every other agent)")
                .putObject("items").put("type", "string");
        properties.putObject("lead").put("type", "string").put("description", "The supervisor's lead agent");
        properties.putObject("merger").put("type", "string")
                .put("description", "The agent that merges a parallel run's answers (default: concatenation)");
        properties.putObject("maxSteps").put("type", "integer").put("minimum", 1)
                .put("description", "Lowers the run's step budget");
        properties.putObject("maxTokens").put("type", "integer").put("minimum", 1)
                .put("description", "Lowers the run's token budget");
        properties.putObject("timeoutSeconds").put("type", "number").put("exclusiveMinimum", 0)
                .put("description", "Lowers the run's time budget");
        schema.putArray("required").add("task");
        schema.put("additionalProperties", false);
        return schema;
    }
}
