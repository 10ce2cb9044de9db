package dev.mcphex.domain.agents;

import dev.mcphex.domain.exchange.InputRequiredSignal;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.agents.AgentStepStatus;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.spi.McpContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a task across agents by a {@link AgentStrategy}, on behalf of one caller: every run and step is stored,
 * the agents share a blackboard in the {@link ContextStore}, and the run stops promptly, recording why, when
 * its caller cancels or a budget is exhausted.
 */
public final class Coordinator {
    private static final Logger LOG = LoggerFactory.getLogger(Coordinator.class);
    /** The agent named in steps the coordinator itself takes (a merge by concatenation). */
    static final String SELF = "coordinator";
    /** Why a run ended when it asked the client for input in the modern era. */
    static final String PAUSED = "paused to ask the client for input; the client's retry runs the task again";

    private final LanguageModel model;
    private final ToolGateway tools;
    private final AgentRunStore runs;
    private final ContextStore context;
    private final Duration blackboardTtl;
    private final Clock clock;

    Coordinator(LanguageModel model, ToolGateway tools, AgentRunStore runs, ContextStore context,
                Duration blackboardTtl, Clock clock) {
        this.model = model;
        this.tools = tools;
        this.runs = runs;
        this.context = context;
        this.blackboardTtl = blackboardTtl;
        this.clock = clock;
    }

    /**
     * Runs {@code plan} for {@code caller} and returns how it ended; it never throws for a failed run.
     *
     * @throws InputRequiredSignal when a model turn asks the client for input in the modern era: the run is
     *                             recorded as paused (cancelled) and runs again on the client's retry
     * @throws MissingClientCapabilityException when a model turn needs a capability the client lacks (sampling):
     *                                          the run is recorded as failed with the reason
     */
    public RunOutcome run(RunPlan plan, McpContext caller) {
        UUID id = UUID.randomUUID();
        Instant started = clock.instant();
        runs.start(new AgentRun(id, plan.principalAgent(), caller.principal().subject(), null, AgentRunStatus.RUNNING,
                plan.toJson(), null, null, started, null));
        var guard = new RunGuard(plan.limits(), caller.cancellation());
        var blackboard = new Blackboard(context, "agents-run:" + id, blackboardTtl);
        blackboard.put("task", Json.MAPPER.getNodeFactory().stringNode(plan.task()));
        var run = new RunContext(caller, model, tools, guard, new Transcript(runs, id, clock, caller), blackboard);
        String answer = null;
        AgentRunStatus status;
        String error = null;
        try (var deadline = guard.deadline(plan.limits().maxDuration(), "the run exceeded its time budget of "
                + plan.limits().maxDuration().toMillis() + " ms")) {
            answer = switch (plan.strategy()) {
                case SEQUENTIAL -> sequential(run, plan);
                case PARALLEL -> parallel(run, plan);
                case SUPERVISOR -> supervisor(run, plan);
            };
            guard.checkpoint();
            status = AgentRunStatus.COMPLETED;
        } catch (RunStoppedException e) {
            status = e.status();
            error = e.getMessage();
        } catch (InputRequiredSignal signal) {
            guard.cancel(PAUSED);
            runs.finish(id, AgentRunStatus.CANCELLED, null, PAUSED, clock.instant());
            throw signal;
        } catch (MissingClientCapabilityException e) {
            runs.finish(id, AgentRunStatus.FAILED, null, e.getMessage(), clock.instant());
            throw e;
        } catch (Exception e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Agent run {} failed (reference {})", id, reference, e);
            guard.fail("internal error (reference " + reference + ")");
            status = AgentRunStatus.FAILED;
            error = guard.stoppedException().getMessage();
        }
        Instant finished = clock.instant();
        var usage = guard.usage();
        ObjectNode output = null;
        if (status == AgentRunStatus.COMPLETED) {
            output = Json.object().put("answer", answer);
            output.putObject("usage").put("inputTokens", usage.inputTokens()).put("outputTokens", usage.outputTokens());
            output.put("durationMs", Duration.between(started, finished).toMillis());
        }
        AgentRun stored = runs.finish(id, status, output, error, finished).orElseThrow();
        return new RunOutcome(stored, answer, run.transcript().steps(), usage, Duration.between(started, finished),
                blackboard.snapshot());
    }

    private static String sequential(RunContext run, RunPlan plan) throws Exception {
        String current = plan.task();
        for (AgentDefinition agent : plan.agents()) {
            current = AgentConversation.answer(run, agent, current, Map.of());
        }
        return current;
    }

    private static String parallel(RunContext run, RunPlan plan) throws Exception {
        Map<String, String> answers = fanOut(run, plan);
        Instant at = run.transcript().now();
        ObjectNode in = Json.object();
        ArrayNode names = in.putArray("agents");
        answers.keySet().forEach(names::add);
        String merged;
        if (plan.merger() != null) {
            StringBuilder input = new StringBuilder("Task:\n").append(plan.task()).append("\n\nAnswers:\n");
            answers.forEach((agent, text) -> input.append("\n### ").append(agent).append("\n").append(text).append("\n"));
            merged = AgentConversation.answer(run, plan.merger(), input.toString(), Map.of());
        } else {
            merged = concatenation(answers);
        }
        String by = plan.merger() != null ? plan.merger().name() : SELF;
        run.transcript().record(by, "merge", null, in, Json.object().put("text", merged), AgentStepStatus.OK, at);
        return merged;
    }

    /** The answers under the agents' names, in the order given. */
    static String concatenation(Map<String, String> answers) {
        StringBuilder text = new StringBuilder();
        answers.forEach((agent, answer) -> text.append(text.isEmpty() ? "" : "\n\n").append("## ").append(agent)
                .append("\n").append(answer));
        return text.toString();
    }

    /** Every agent on the task at once, each on its own virtual thread; a failure of one stops them all. */
    private static Map<String, String> fanOut(RunContext run, RunPlan plan) throws Exception {
        return run.guard().guarded(() -> {
            Map<String, String> answers = new LinkedHashMap<>();
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<String>> futures = new ArrayList<>();
                for (AgentDefinition agent : plan.agents()) {
                    futures.add(executor.submit(() -> AgentConversation.answer(run, agent, plan.task(), Map.of())));
                }
                for (int i = 0; i < futures.size(); i++) {
                    answers.put(plan.agents().get(i).name(), result(run, plan.agents().get(i), futures.get(i)));
                }
            }
            return answers;
        });
    }

    private static String result(RunContext run, AgentDefinition agent, Future<String> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputRequiredSignal signal) {
                run.guard().cancel(PAUSED);
                throw signal;
            }
            if (!(e.getCause() instanceof RunStoppedException)) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Agent '{}' failed (reference {})", agent.name(), reference, e.getCause());
                run.guard().fail("agent '" + agent.name() + "' failed with an internal error (reference "
                        + reference + ")");
            }
            throw run.guard().stoppedException();
        }
    }

    private static String supervisor(RunContext run, RunPlan plan) throws Exception {
        Map<String, AgentDefinition> workers = new LinkedHashMap<>();
        plan.agents().forEach(a -> workers.put(a.name(), a));
        var delegate = new AgentConversation.ExtraTool(delegateTool(workers), "delegate", arguments -> {
            String name = arguments.path("agent").asString("");
            String task = arguments.path("task").asString("");
            AgentDefinition worker = workers.get(name);
            if (worker == null) {
                return CallOutcome.refused("No worker agent '" + name + "'; the workers are "
                        + String.join(", ", workers.keySet()));
            }
            if (task.isBlank()) {
                return CallOutcome.refused("delegate needs a task");
            }
            return CallOutcome.ok(AgentConversation.answer(run, worker, task, Map.of()));
        });
        return AgentConversation.answer(run, plan.lead(), plan.task(), Map.of(AgentTools.DELEGATE, delegate));
    }

    private static ModelTool delegateTool(Map<String, AgentDefinition> workers) {
        ObjectNode schema = Json.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode agent = properties.putObject("agent").put("type", "string");
        ArrayNode names = agent.putArray("enum");
        StringBuilder description = new StringBuilder("The worker to hand the sub-task to:");
        workers.values().forEach(w -> {
            names.add(w.name());
            description.append(' ').append(w.name()).append(" (").append(w.description()).append(')');
        });
        agent.put("description", description.toString());
        properties.putObject("task").put("type", "string").put("description", "The sub-task, self-contained");
        schema.putArray("required").add("agent").add("task");
        return new ModelTool(AgentTools.DELEGATE, "Hands a sub-task to a worker agent and returns its answer", schema);
    }
}
