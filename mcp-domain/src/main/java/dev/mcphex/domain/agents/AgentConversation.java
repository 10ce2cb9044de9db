package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.agents.AgentStepStatus;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.model.ModelToolCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One agent's part in a run: model turns until the model answers without asking for tools, each tool call
 * served (the blackboard, a tool the run adds such as {@code delegate}, or the server's own tools through the
 * caller's rights), every turn and call recorded and counted against the agent's and the run's budget.
 */
final class AgentConversation {
    /** The most tokens one turn may take, when the budgets leave more. */
    static final int TURN_TOKENS = 4096;

    /** A tool the run adds for this agent, served by the coordinator. */
    record ExtraTool(ModelTool tool, String kind, Handler handler) {
    }

    /** Serves an extra tool's call. */
    @FunctionalInterface
    interface Handler {
        CallOutcome call(ObjectNode arguments) throws Exception;
    }

    private final RunContext run;
    private final AgentDefinition agent;
    private final Map<String, ExtraTool> extras;
    private int steps;
    private long tokens;

    private AgentConversation(RunContext run, AgentDefinition agent, Map<String, ExtraTool> extras) {
        this.run = run;
        this.agent = agent;
        this.extras = extras;
    }

    /**
     * Runs {@code agent} on {@code input} and returns its answer.
     *
     * @throws RunStoppedException when the run is stopped meanwhile, by this agent's budget or otherwise
     */
    static String answer(RunContext run, AgentDefinition agent, String input, Map<String, ExtraTool> extras)
            throws Exception {
        var conversation = new AgentConversation(run, agent, extras);
        try (var deadline = run.guard().deadline(agent.limits().maxDuration(), "agent '" + agent.name()
                + "' exceeded its time budget of " + agent.limits().maxDuration().toMillis() + " ms")) {
            return conversation.converse(input);
        }
    }

    private String converse(String input) throws Exception {
        List<ModelTool> tools = new ArrayList<>(run.tools().offered(run.caller(), agent));
        tools.addAll(Blackboard.tools());
        extras.values().forEach(e -> tools.add(e.tool()));
        List<ModelMessage> messages = new ArrayList<>(List.of(ModelMessage.user(input)));
        while (true) {
            ModelReply reply = turn(input, messages, tools);
            messages.add(new ModelMessage.Assistant(reply.text(), reply.toolCalls()));
            if (reply.isFinal()) {
                return reply.text();
            }
            for (ModelToolCall call : reply.toolCalls()) {
                chargeStep();
                CallOutcome outcome = serve(call);
                messages.add(new ModelMessage.ToolOutcome(call.id(), call.name(), outcome.text(), outcome.error()));
            }
        }
    }

    private ModelReply turn(String input, List<ModelMessage> messages, List<ModelTool> tools) throws Exception {
        chargeStep();
        long left = Math.min(agent.limits().maxTokens() - tokens, run.guard().tokensLeft());
        var request = new ModelRequest(system(), messages, tools, (int) Math.max(1, Math.min(TURN_TOKENS, left)),
                null, agent.modelPreferences(), agent.name());
        ObjectNode in = Json.object().put("turn", messages.size() / 2 + 1).put("messages", messages.size());
        if (messages.size() == 1) {
            in.put("input", input);
        }
        ArrayNode offered = in.putArray("tools");
        tools.forEach(t -> offered.add(t.name()));
        Instant at = run.transcript().now();
        ModelReply reply;
        try {
            reply = run.guard().guarded(() -> run.model().complete(request, run.caller()));
        } catch (LanguageModelException e) {
            run.transcript().record(agent.name(), "model", null, in, Json.object().put("error", e.getMessage()),
                    AgentStepStatus.ERROR, at);
            run.guard().fail("agent '" + agent.name() + "': the model could not answer: " + e.getMessage());
            throw run.guard().stoppedException();
        } catch (RunStoppedException e) {
            run.transcript().record(agent.name(), "model", null, in, null, stepStatus(e), at);
            throw e;
        }
        run.transcript().record(agent.name(), "model", null, in, replyJson(reply), AgentStepStatus.OK, at);
        tokens += reply.usage().total();
        if (tokens > agent.limits().maxTokens()) {
            run.guard().fail("agent '" + agent.name() + "' exhausted its token budget ("
                    + agent.limits().maxTokens() + " tokens)");
        }
        run.guard().chargeTokens(reply.usage());
        run.guard().checkpoint();
        return reply;
    }

    private CallOutcome serve(ModelToolCall call) throws Exception {
        String name = call.name();
        ExtraTool extra = extras.get(name);
        String kind = Blackboard.handles(name) ? "blackboard" : extra != null ? extra.kind() : "tool";
        Instant at = run.transcript().now();
        CallOutcome outcome;
        try {
            if (Blackboard.handles(name)) {
                outcome = run.blackboard().call(name, call.arguments());
            } else if (extra != null) {
                outcome = extra.handler().call(call.arguments());
            } else if (!AgentTools.allows(agent, name)) {
                outcome = CallOutcome.refused("Refused: agent '" + agent.name() + "' may not call tool '" + name
                        + "' (not among its allowed tools)");
            } else {
                outcome = run.guard().guarded(() -> run.tools().call(run.caller(), run.guard().child(), name,
                        call.arguments()));
            }
        } catch (RunStoppedException e) {
            run.transcript().record(agent.name(), kind, name, call.arguments(), null, stepStatus(e), at);
            throw e;
        }
        ObjectNode out = Json.object().put("text", outcome.text()).put("isError", outcome.error());
        run.transcript().record(agent.name(), kind, name, call.arguments(), out,
                outcome.error() ? AgentStepStatus.ERROR : AgentStepStatus.OK, at);
        run.guard().checkpoint();
        return outcome;
    }

    private void chargeStep() {
        run.guard().checkpoint();
        if (++steps > agent.limits().maxSteps()) {
            run.guard().fail("agent '" + agent.name() + "' exhausted its step budget (" + agent.limits().maxSteps()
                    + " steps)");
            run.guard().checkpoint();
        }
        run.guard().chargeStep();
    }

    private String system() {
        return agent.instructions() + "\n\nYou are the agent '" + agent.name() + "' of a run that may involve other "
                + "agents. They share a blackboard (" + Blackboard.READ + ", " + Blackboard.WRITE
                + "); the run's task is under the key 'task'.";
    }

    private static AgentStepStatus stepStatus(RunStoppedException e) {
        return e.status() == AgentRunStatus.CANCELLED
                ? AgentStepStatus.CANCELLED : AgentStepStatus.ERROR;
    }

    private static ObjectNode replyJson(ModelReply reply) {
        ObjectNode out = Json.object().put("text", reply.text()).put("model", reply.model());
        if (reply.stopReason() != null) {
            out.put("stopReason", reply.stopReason());
        }
        ArrayNode calls = out.putArray("toolCalls");
        for (ModelToolCall call : reply.toolCalls()) {
            ObjectNode node = calls.addObject().put("id", call.id()).put("name", call.name());
            node.set("arguments", call.arguments());
        }
        out.putObject("usage").put("inputTokens", reply.usage().inputTokens())
                .put("outputTokens", reply.usage().outputTokens());
        return out;
    }
}
