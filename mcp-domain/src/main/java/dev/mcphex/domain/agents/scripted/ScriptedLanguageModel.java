package dev.mcphex.domain.agents.scripted;

import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.model.TokenUsage;
import dev.mcphex.ports.spi.McpContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A model that answers from a script: per agent, the replies of one conversation in order. The reply to a
 * turn is chosen by the agent the request names and by how many replies the conversation already holds, so
 * the same script gives the same run every time, whatever else runs beside it. Tests and demonstrations
 * use it; {@link ScriptFile} reads one from JSON.
 */
public final class ScriptedLanguageModel implements LanguageModel {
    private static final String FALLBACK = "*";

    private final Map<String, List<ScriptedReply>> scripts;

    /**
     * @param scripts the replies by agent name; the key {@code *} holds the replies of agents the script does
     *                not name
     */
    public ScriptedLanguageModel(Map<String, List<ScriptedReply>> scripts) {
        this.scripts = scripts.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public ModelReply complete(ModelRequest request, McpContext caller) {
        String agent = request.agent() == null ? FALLBACK : request.agent();
        List<ScriptedReply> script = scripts.getOrDefault(agent, scripts.get(FALLBACK));
        if (script == null) {
            throw new LanguageModelException("the script has no replies for agent '" + agent + "'");
        }
        int turn = (int) request.messages().stream().filter(ModelMessage.Assistant.class::isInstance).count();
        if (turn >= script.size()) {
            throw new LanguageModelException("the script of agent '" + agent + "' has " + script.size()
                    + " replies; turn " + (turn + 1) + " has none");
        }
        ScriptedReply reply = script.get(turn);
        pause(reply);
        String text = fill(reply.text(), request.messages());
        List<ModelToolCall> calls = reply.toolCalls().stream()
                .map(c -> new ModelToolCall(c.id().isEmpty() ? "call-" + (turn + 1) + "-" + c.name() : c.id(),
                        c.name(), c.arguments()))
                .toList();
        TokenUsage usage = reply.usage() != null ? reply.usage() : estimate(request, text);
        return new ModelReply(text, calls, calls.isEmpty() ? "endTurn" : "toolUse", usage, name());
    }

    private static void pause(ScriptedReply reply) {
        if (reply.delay().isZero()) {
            return;
        }
        try {
            Thread.sleep(reply.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException("interrupted while answering", e);
        }
    }

    private static String fill(String text, List<ModelMessage> messages) {
        if (!text.contains("{{")) {
            return text;
        }
        String input = messages.stream().filter(ModelMessage.User.class::isInstance).map(m -> ((ModelMessage.User) m).text())
                .findFirst().orElse("");
        List<String> outcomes = messages.stream().filter(ModelMessage.ToolOutcome.class::isInstance)
                .map(m -> ((ModelMessage.ToolOutcome) m).text()).toList();
        String last = outcomes.isEmpty() ? input : outcomes.getLast();
        return text.replace("{{input}}", input).replace("{{last}}", last)
                .replace("{{outcomes}}", String.join("\n", outcomes));
    }

    /** About four characters a token, at least one each way. */
    private static TokenUsage estimate(ModelRequest request, String text) {
        long read = (request.system() == null ? 0 : request.system().length()) + request.messages().stream()
                .mapToLong(m -> switch (m) {
                    case ModelMessage.User u -> u.text().length();
                    case ModelMessage.Assistant a -> a.text().length();
                    case ModelMessage.ToolOutcome o -> o.text().length();
                }).sum();
        return new TokenUsage(Math.max(1, read / 4), Math.max(1, text.length() / 4));
    }
}
