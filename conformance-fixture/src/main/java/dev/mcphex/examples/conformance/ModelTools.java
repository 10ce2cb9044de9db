package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.object;
import static dev.mcphex.examples.conformance.Fixtures.tool;

import dev.mcphex.domain.models.SamplingLanguageModel;
import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.model.TokenUsage;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tool that talks to the client's model through the language-model port ({@link SamplingLanguageModel}),
 * for interoperability checks with real clients: it offers the model a {@value #LOOKUP} tool, runs the
 * calls the model asks for, and reports the model's final answer. Clients without {@code sampling.tools}
 * are offered no tool and answer in one turn.
 */
final class ModelTools {
    static final String NAME = "test_language_model";
    static final String LOOKUP = "lookup_capital";
    static final String SYSTEM = "Answer in one short sentence.";
    static final int MAX_TOKENS = 200;
    static final int MAX_TURNS = 4;

    private static final Map<String, String> CAPITALS = Map.of("france", "Paris", "italy", "Rome", "japan", "Tokyo");
    private static final LanguageModel MODEL = new SamplingLanguageModel();

    private ModelTools() {
    }

    static List<Tool> tools() {
        return List.of(tool(NAME, "Asks the client's model the prompt through sampling, offering it the "
                        + LOOKUP + " tool, and returns its final answer.",
                object("""
                        {"type":"object","properties":{"prompt":{"type":"string","description":"The question"}},\
                        "required":["prompt"]}"""),
                (call, context) -> {
                    String prompt = call.string("prompt");
                    if (prompt == null) {
                        throw new ToolExecutionException("The argument 'prompt' is required");
                    }
                    return converse(prompt, context);
                }));
    }

    private static ToolResult converse(String prompt, McpContext context) {
        ModelTool lookup = new ModelTool(LOOKUP, "The capital city of a country", object("""
                {"type":"object","properties":{"country":{"type":"string"}},"required":["country"]}"""));
        List<ModelMessage> conversation = new ArrayList<>(List.of(ModelMessage.user(prompt)));
        TokenUsage usage = TokenUsage.NONE;
        for (int turn = 1; turn <= MAX_TURNS; turn++) {
            ModelReply reply;
            try {
                reply = MODEL.complete(new ModelRequest(SYSTEM, conversation, List.of(lookup), MAX_TOKENS, null, null),
                        context);
            } catch (LanguageModelException e) {
                throw new ToolExecutionException(e.getMessage(), e);
            }
            usage = usage.plus(reply.usage());
            if (reply.isFinal()) {
                return ToolResult.text("Model " + reply.model() + " answered after " + turn + " turn(s), about "
                        + usage.total() + " tokens: " + reply.text());
            }
            conversation.add(new ModelMessage.Assistant(reply.text(), reply.toolCalls()));
            for (ModelToolCall toolCall : reply.toolCalls()) {
                conversation.add(run(toolCall));
            }
        }
        throw new ToolExecutionException("The model did not finish within " + MAX_TURNS + " turns");
    }

    private static ModelMessage.ToolOutcome run(ModelToolCall toolCall) {
        if (!LOOKUP.equals(toolCall.name())) {
            return new ModelMessage.ToolOutcome(toolCall.id(), toolCall.name(), "No such tool: " + toolCall.name(),
                    true);
        }
        String country = toolCall.arguments().path("country").asString("");
        String capital = CAPITALS.get(country.toLowerCase(Locale.ROOT));
        return capital == null
                ? new ModelMessage.ToolOutcome(toolCall.id(), LOOKUP, "Unknown country: " + country, true)
                : new ModelMessage.ToolOutcome(toolCall.id(), LOOKUP, capital, false);
    }
}
