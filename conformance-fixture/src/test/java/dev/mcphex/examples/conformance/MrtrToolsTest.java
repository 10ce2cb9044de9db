package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.FixtureTesting.accept;
import static dev.mcphex.examples.conformance.FixtureTesting.call;
import static dev.mcphex.examples.conformance.FixtureTesting.object;
import static dev.mcphex.examples.conformance.FixtureTesting.onlyText;
import static dev.mcphex.examples.conformance.FixtureTesting.roots;
import static dev.mcphex.examples.conformance.FixtureTesting.sampled;
import static dev.mcphex.examples.conformance.FixtureTesting.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mcphex.examples.conformance.FakeContext.MissingAnswers;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.Root;
import dev.mcphex.ports.protocol.SamplingRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MrtrToolsTest {

    private static final String NAME_SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"]}";

    @Test
    void elicitationToolFirstAsksForTheUserNameUnderUserName() {
        Map<String, InputRequest> pending = firstRound("test_input_required_result_elicitation", new FakeContext());

        assertThat(pending).containsOnlyKeys("user_name");
        FormElicitation form = (FormElicitation) pending.get("user_name");
        assertThat(form.message()).isEqualTo("What is your name?");
        assertThat(form.requestedSchema()).isEqualTo(object(NAME_SCHEMA));
    }

    @Test
    void elicitationToolGreetsTheNamedUserOnRetry() throws Exception {
        FakeContext context = new FakeContext().answer("user_name", accept("{\"name\":\"Alice\"}"));

        assertThat(onlyText(call("test_input_required_result_elicitation", "{}", context))).isEqualTo("Hello, Alice!");
    }

    @Test
    void elicitationToolIgnoresAnswersItDidNotAskFor() throws Exception {
        FakeContext context = new FakeContext()
                .answer("user_name", accept("{\"name\":\"Alice\"}"))
                .answer("unknown_extra_key", accept("{\"data\":\"x\"}"));

        assertThat(onlyText(call("test_input_required_result_elicitation", "{}", context))).isEqualTo("Hello, Alice!");
    }

    @Test
    void elicitationToolAsksAgainWhenOnlyAWrongKeyWasAnswered() {
        FakeContext context = new FakeContext().answer("wrong_key", accept("{\"data\":\"wrong\"}"));

        assertThat(firstRound("test_input_required_result_elicitation", context)).containsOnlyKeys("user_name");
    }

    @Test
    void samplingToolAsksTheCapitalQuestionThenQuotesTheModel() throws Exception {
        Map<String, InputRequest> pending = firstRound("test_input_required_result_sampling", new FakeContext());
        SamplingRequest request = (SamplingRequest) pending.get("capital_question");
        assertThat(text(request.messages().get(0).content())).isEqualTo("What is the capital of France?");
        assertThat(request.maxTokens()).isEqualTo(100);

        FakeContext retry = new FakeContext().answer("capital_question", sampled("The capital of France is Paris."));
        assertThat(onlyText(call("test_input_required_result_sampling", "{}", retry)))
                .contains("The capital of France is Paris.");
    }

    @Test
    void listRootsToolAsksForClientRootsThenListsThem() throws Exception {
        Map<String, InputRequest> pending = firstRound("test_input_required_result_list_roots", new FakeContext());
        assertThat(pending.get("client_roots").method()).isEqualTo("roots/list");

        FakeContext retry = new FakeContext().answer("client_roots", roots(new Root("file:///test/root", "Test Root")));
        assertThat(onlyText(call("test_input_required_result_list_roots", "{}", retry)))
                .isEqualTo("Client roots: Test Root (file:///test/root).");
    }

    @Test
    void requestStateToolAsksForAConfirmationThenReportsIt() throws Exception {
        assertConfirmationFlow("test_input_required_result_request_state", "state-ok: confirmed=true");
    }

    @Test
    void tamperedStateToolAsksForAConfirmationThenReportsIt() throws Exception {
        assertConfirmationFlow("test_input_required_result_tampered_state", "state-verified: confirmed=true");
    }

    @Test
    void multipleInputsToolAsksForElicitationSamplingAndRootsAtOnce() throws Exception {
        Map<String, InputRequest> pending = firstRound("test_input_required_result_multiple_inputs", new FakeContext());
        assertThat(pending.keySet()).containsExactly("user_name", "greeting", "client_roots");
        assertThat(pending.values()).extracting(InputRequest::method)
                .containsExactly("elicitation/create", "sampling/createMessage", "roots/list");
        assertThat(((SamplingRequest) pending.get("greeting")).maxTokens()).isEqualTo(50);

        FakeContext retry = new FakeContext()
                .answer("user_name", accept("{\"name\":\"Alice\"}"))
                .answer("greeting", sampled("Hello there!"))
                .answer("client_roots", roots(new Root("file:///test/root", "Test Root")));
        assertThat(onlyText(call("test_input_required_result_multiple_inputs", "{}", retry)))
                .contains("Alice", "Hello there!", "file:///test/root");
    }

    @Test
    void multiRoundToolAsksOneStepPerRound() throws Exception {
        FakeContext context = new FakeContext();
        assertThat(firstRound("test_input_required_result_multi_round", context)).containsOnlyKeys("step1");

        context.answer("step1", accept("{\"name\":\"Alice\"}"));
        Map<String, InputRequest> second = firstRound("test_input_required_result_multi_round", context);
        assertThat(second).containsOnlyKeys("step2");
        assertThat(((FormElicitation) second.get("step2")).requestedSchema())
                .isEqualTo(object("{\"type\":\"object\",\"properties\":{\"color\":{\"type\":\"string\"}},"
                        + "\"required\":[\"color\"]}"));

        context.answer("step2", accept("{\"color\":\"blue\"}"));
        assertThat(onlyText(call("test_input_required_result_multi_round", "{}", context)))
                .endsWith("Alice likes blue");
    }

    @Test
    void capabilitiesToolAsksOnlyForSamplingWhenTheClientCannotElicit() throws Exception {
        FakeContext context = new FakeContext("{\"sampling\":{}}");
        Map<String, InputRequest> pending = firstRound("test_input_required_result_capabilities", context);
        assertThat(pending).containsOnlyKeys("greeting");

        context.answer("greeting", sampled("Hi!"));
        assertThat(onlyText(call("test_input_required_result_capabilities", "{}", context)))
                .isEqualTo("The model says: Hi!");
    }

    @Test
    void capabilitiesToolAlsoAsksForTheNameWhenTheClientCanElicit() throws Exception {
        FakeContext context = new FakeContext();
        Map<String, InputRequest> pending = firstRound("test_input_required_result_capabilities", context);
        assertThat(pending.keySet()).containsExactly("user_name", "greeting");

        context.answer("greeting", sampled("Hi!")).answer("user_name", accept("{\"name\":\"Alice\"}"));
        assertThat(onlyText(call("test_input_required_result_capabilities", "{}", context)))
                .isEqualTo("The model says: Hi! Hello, Alice!");
    }

    @Test
    void everyMultiRoundTripToolTakesNoArguments() {
        new ConformanceFixture(FixtureHooks.NONE).tools().stream()
                .filter(tool -> tool.name().startsWith("test_input_required_result_"))
                .forEach(tool -> assertThat(tool.definition().inputSchema())
                        .as(tool.name()).isEqualTo(object("{\"type\":\"object\",\"properties\":{}}")));
    }

    private static void assertConfirmationFlow(String toolName, String expected) throws Exception {
        Map<String, InputRequest> pending = firstRound(toolName, new FakeContext());
        assertThat(((FormElicitation) pending.get("confirm")).requestedSchema())
                .isEqualTo(object("{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}},"
                        + "\"required\":[\"ok\"]}"));

        FakeContext retry = new FakeContext().answer("confirm", accept("{\"ok\":true}"));
        assertThat(onlyText(call(toolName, "{}", retry))).isEqualTo(expected);
    }

    /** Runs a tool that must end its round for missing input, and returns what it still needs. */
    private static Map<String, InputRequest> firstRound(String toolName, FakeContext context) {
        Throwable thrown = catchThrowable(() -> call(toolName, "{}", context));
        assertThat(thrown).as(toolName).isInstanceOf(MissingAnswers.class);
        return ((MissingAnswers) thrown).pending();
    }
}
