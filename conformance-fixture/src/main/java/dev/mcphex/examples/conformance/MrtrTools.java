package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.describe;
import static dev.mcphex.examples.conformance.Fixtures.form;
import static dev.mcphex.examples.conformance.Fixtures.tool;

import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.protocol.RootsRequest;
import dev.mcphex.ports.protocol.RootsResult;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The multi round-trip tools (SEP-2322). Each asks with the keys the suite answers to; on the modern
 * wire the first round ends with an input-required result and the retry re-runs the handler, which then
 * finds the answers under the same keys. None has side effects, so re-running is harmless.
 */
final class MrtrTools {

    static final String USER_NAME = "user_name";
    static final String CAPITAL_QUESTION = "capital_question";
    static final String CLIENT_ROOTS = "client_roots";
    static final String CONFIRM = "confirm";
    static final String GREETING = "greeting";
    static final String STEP1 = "step1";
    static final String STEP2 = "step2";

    static final String NAME_SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"]}";
    static final String CONFIRM_SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}},\"required\":[\"ok\"]}";
    static final String COLOR_SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"color\":{\"type\":\"string\"}},\"required\":[\"color\"]}";

    private MrtrTools() {
    }

    /** The multi round-trip tools, in listing order. */
    static List<Tool> tools() {
        return List.of(
                tool("test_input_required_result_elicitation", "Asks the user for their name, then greets them.",
                        (call, context) -> ToolResult.text(greet(context.elicit(USER_NAME, nameForm())))),
                tool("test_input_required_result_sampling", "Asks the client's model for the capital of France.",
                        (call, context) -> ToolResult.text("The model answered: "
                                + context.sample(CAPITAL_QUESTION, capitalQuestion()).text())),
                tool("test_input_required_result_list_roots", "Asks the client for its roots and lists them.",
                        (call, context) -> ToolResult.text(describeRoots(
                                answer(context.ask(Map.of(CLIENT_ROOTS, RootsRequest.INSTANCE)), CLIENT_ROOTS,
                                        RootsResult.class)))),
                tool("test_input_required_result_request_state",
                        "Asks for a confirmation; the retry carries the request state back.",
                        (call, context) -> ToolResult.text("state-ok: " + confirm(context))),
                tool("test_input_required_result_multiple_inputs",
                        "Asks for the user's name, a model greeting and the client's roots at once.",
                        (call, context) -> multipleInputs(context)),
                tool("test_input_required_result_multi_round",
                        "Asks for a name, then in a second round for a favourite colour.",
                        (call, context) -> multiRound(context)),
                tool("test_input_required_result_tampered_state",
                        "Asks for a confirmation; a retry with altered request state must be refused.",
                        (call, context) -> ToolResult.text("state-verified: " + confirm(context))),
                tool("test_input_required_result_capabilities",
                        "Asks only for what the client declared: a name if it can elicit, always a model greeting.",
                        (call, context) -> askWithinCapabilities(context)));
    }

    private static ToolResult multipleInputs(McpContext context) {
        Map<String, InputRequest> requests = new LinkedHashMap<>();
        requests.put(USER_NAME, nameForm());
        requests.put(GREETING, greetingRequest());
        requests.put(CLIENT_ROOTS, RootsRequest.INSTANCE);
        Map<String, InputResponse> answers = context.ask(requests);
        return ToolResult.text(greet(answer(answers, USER_NAME, ElicitationResult.class))
                + " The model says: " + answer(answers, GREETING, SamplingResult.class).text()
                + " " + describeRoots(answer(answers, CLIENT_ROOTS, RootsResult.class)));
    }

    private static ToolResult multiRound(McpContext context) {
        ElicitationResult first = context.elicit(STEP1, nameForm());
        ElicitationResult second = context.elicit(STEP2, form("What is your favourite colour?", COLOR_SCHEMA));
        return ToolResult.text("Round 1: " + describe(first) + "; round 2: " + describe(second)
                + "; " + orDefault(first.string("name"), "someone") + " likes "
                + orDefault(second.string("color"), "no colour in particular"));
    }

    private static ToolResult askWithinCapabilities(McpContext context) {
        Map<String, InputRequest> requests = new LinkedHashMap<>();
        boolean canElicit = context.clientCapabilities().elicitationForm();
        if (canElicit) {
            requests.put(USER_NAME, nameForm());
        }
        requests.put(GREETING, greetingRequest());
        Map<String, InputResponse> answers = context.ask(requests);
        String greeting = answer(answers, GREETING, SamplingResult.class).text();
        String name = canElicit ? " " + greet(answer(answers, USER_NAME, ElicitationResult.class)) : "";
        return ToolResult.text("The model says: " + greeting + name);
    }

    private static String confirm(McpContext context) {
        ElicitationResult answer = context.elicit(CONFIRM, form("Please confirm to continue.", CONFIRM_SCHEMA));
        boolean ok = answer.accepted() && answer.content() != null && answer.content().path("ok").asBoolean(false);
        return "confirmed=" + ok;
    }

    private static String greet(ElicitationResult answer) {
        String name = answer.accepted() ? answer.string("name") : null;
        return name == null ? "No name was given (" + describe(answer) + ")." : "Hello, " + name + "!";
    }

    private static String describeRoots(RootsResult result) {
        if (result.roots().isEmpty()) {
            return "The client has no roots.";
        }
        return "Client roots: " + result.roots().stream()
                .map(root -> root.name() == null ? root.uri() : root.name() + " (" + root.uri() + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

    private static FormElicitation nameForm() {
        return form("What is your name?", NAME_SCHEMA);
    }

    private static SamplingRequest capitalQuestion() {
        return SamplingRequest.of("What is the capital of France?", 100);
    }

    private static SamplingRequest greetingRequest() {
        return SamplingRequest.of("Generate a greeting", 50);
    }

    private static <T extends InputResponse> T answer(Map<String, InputResponse> answers, String key, Class<T> type) {
        return type.cast(answers.get(key));
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
