package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.FixtureTesting.accept;
import static dev.mcphex.examples.conformance.FixtureTesting.object;
import static dev.mcphex.examples.conformance.FixtureTesting.prompt;
import static dev.mcphex.examples.conformance.FixtureTesting.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.mcphex.examples.conformance.FakeContext.MissingAnswers;
import dev.mcphex.ports.protocol.Completion;
import dev.mcphex.ports.protocol.EmbeddedResource;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.ImageContent;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.spi.Completer;
import dev.mcphex.ports.spi.Prompt;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixturePromptsTest {

    @Test
    void simplePromptIsOneUserMessage() throws Exception {
        PromptResult result = get("test_simple_prompt", Map.of(), new FakeContext());

        assertThat(result.messages()).singleElement().satisfies(message -> {
            assertThat(message.role()).isEqualTo(Role.USER);
            assertThat(text(message.content())).isEqualTo("This is a simple prompt for testing.");
        });
    }

    @Test
    void promptWithArgumentsDeclaresTwoRequiredArgumentsAndQuotesThem() throws Exception {
        Prompt prompt = prompt("test_prompt_with_arguments");
        assertThat(prompt.definition().arguments()).containsExactly(
                PromptArgument.required("arg1", "First test argument"),
                PromptArgument.required("arg2", "Second test argument"));

        PromptResult result = get("test_prompt_with_arguments",
                Map.of("arg1", "testValue1", "arg2", "testValue2"), new FakeContext());

        assertThat(result.messages()).singleElement().extracting(m -> text(m.content()))
                .isEqualTo("Prompt with arguments: arg1='testValue1', arg2='testValue2'");
    }

    @Test
    void completerSuggestsArg1ValuesStartingWithWhatWasTyped() {
        Completer completer = prompt("test_prompt_with_arguments").completer();

        Completion completion = completer.complete("arg1", "test", Map.of());

        assertThat(completion.values()).isNotEmpty().allSatisfy(value -> assertThat(value).startsWith("test"));
        assertThat(completion.values()).contains("test", "testValue1");
        assertThat(completion.total()).isEqualTo(completion.values().size());
        assertThat(completion.hasMore()).isFalse();
    }

    @Test
    void completerSuggestsNothingForAPrefixWithNoMatch() {
        Completer completer = prompt("test_prompt_with_arguments").completer();

        assertThat(completer.complete("arg1", "zzz", Map.of()).values()).isEmpty();
    }

    @Test
    void completerSuggestsNothingForOtherArguments() {
        Completer completer = prompt("test_prompt_with_arguments").completer();

        assertThat(completer.complete("arg2", "test", Map.of()).values()).isEmpty();
    }

    @Test
    void embeddedResourcePromptEmbedsTheGivenUriThenAsksToProcessIt() throws Exception {
        assertThat(prompt("test_prompt_with_embedded_resource").definition().arguments())
                .extracting(PromptArgument::name, PromptArgument::required).containsExactly(
                        tuple("resourceUri", true));

        PromptResult result = get("test_prompt_with_embedded_resource",
                Map.of("resourceUri", "test://example-resource"), new FakeContext());

        assertThat(result.messages()).hasSize(2);
        assertThat(result.messages().get(0).content()).isInstanceOfSatisfying(EmbeddedResource.class, embedded ->
                assertThat(embedded.resource()).isEqualTo(new TextResourceContents(
                        "test://example-resource", "text/plain", "Embedded resource content for testing.")));
        assertThat(text(result.messages().get(1).content())).isEqualTo("Please process the embedded resource above.");
    }

    @Test
    void imagePromptShowsAPngThenAsksToAnalyseIt() throws Exception {
        PromptResult result = get("test_prompt_with_image", Map.of(), new FakeContext());

        assertThat(result.messages()).extracting(PromptMessage::role).containsOnly(Role.USER);
        assertThat(result.messages().get(0).content()).isInstanceOfSatisfying(ImageContent.class, image -> {
            assertThat(image.mimeType()).isEqualTo("image/png");
            assertThat(image.data()).isNotEmpty();
        });
        assertThat(text(result.messages().get(1).content())).isEqualTo("Please analyze the image above.");
    }

    @Test
    void inputRequiredPromptFirstAsksForTheUserContext() {
        FakeContext context = new FakeContext();

        Throwable thrown = catchThrowable(() -> get("test_input_required_result_prompt", Map.of(), context));

        assertThat(thrown).isInstanceOf(MissingAnswers.class);
        assertThat(((MissingAnswers) thrown).pending()).containsOnlyKeys("user_context");
        FormElicitation form = (FormElicitation) context.asked.get("user_context");
        assertThat(form.requestedSchema()).isEqualTo(object(
                "{\"type\":\"object\",\"properties\":{\"context\":{\"type\":\"string\"}},\"required\":[\"context\"]}"));
        assertThat(prompt("test_input_required_result_prompt").definition().arguments()).isEmpty();
    }

    @Test
    void inputRequiredPromptQuotesTheContextOnRetry() throws Exception {
        FakeContext context = new FakeContext().answer("user_context", accept("{\"context\":\"test context\"}"));

        PromptResult result = get("test_input_required_result_prompt", Map.of(), context);

        assertThat(result.messages()).singleElement().extracting(m -> text(m.content())).asString()
                .contains("test context");
    }

    private static PromptResult get(String name, Map<String, String> arguments, FakeContext context) throws Exception {
        return prompt(name).handler().get(arguments, context);
    }
}
