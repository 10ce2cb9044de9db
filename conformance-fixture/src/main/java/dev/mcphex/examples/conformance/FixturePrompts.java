package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.form;

import dev.mcphex.ports.protocol.Completion;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.spi.Prompt;
import java.util.List;
import java.util.Map;

/** The fixture's prompts, including the one that asks the user for input before it renders (SEP-2322). */
final class FixturePrompts {

    static final String SIMPLE_TEXT = "This is a simple prompt for testing.";
    static final String EMBEDDED_TEXT = "Embedded resource content for testing.";
    static final String USER_CONTEXT = "user_context";
    static final String CONTEXT_SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"context\":{\"type\":\"string\"}},\"required\":[\"context\"]}";

    /** What the completer of {@code arg1} chooses from. */
    static final List<String> ARG1_CANDIDATES =
            List.of("test", "test-value", "testValue1", "testing", "sample", "sample-value", "example");

    private FixturePrompts() {
    }

    /** The prompts, in listing order. */
    static List<Prompt> prompts() {
        return List.of(
                new Prompt(PromptDefinition.of("test_simple_prompt", "A prompt with no arguments."),
                        (arguments, context) -> PromptResult.of(PromptMessage.user(SIMPLE_TEXT))),
                new Prompt(PromptDefinition.of("test_prompt_with_arguments", "A prompt that quotes its two arguments.",
                        PromptArgument.required("arg1", "First test argument"),
                        PromptArgument.required("arg2", "Second test argument")),
                        (arguments, context) -> PromptResult.of(PromptMessage.user("Prompt with arguments: arg1='"
                                + arguments.get("arg1") + "', arg2='" + arguments.get("arg2") + "'")),
                        FixturePrompts::completeArguments),
                new Prompt(PromptDefinition.of("test_prompt_with_embedded_resource",
                        "A prompt that embeds a resource at the given URI.",
                        PromptArgument.required("resourceUri", "URI of the resource to embed")),
                        (arguments, context) -> PromptResult.of(
                                PromptMessage.user(Content.resource(ResourceContents.text(
                                        arguments.get("resourceUri"), "text/plain", EMBEDDED_TEXT))),
                                PromptMessage.user("Please process the embedded resource above."))),
                new Prompt(PromptDefinition.of("test_prompt_with_image", "A prompt that includes an image."),
                        (arguments, context) -> PromptResult.of(
                                PromptMessage.user(Content.image(SampleMedia.PNG, SampleMedia.PNG_MIME_TYPE)),
                                PromptMessage.user("Please analyze the image above."))),
                new Prompt(PromptDefinition.of("test_input_required_result_prompt",
                        "A prompt that first asks the user for some context, then quotes it."),
                        (arguments, context) -> {
                            ElicitationResult answer = context.elicit(USER_CONTEXT,
                                    form("What context should the prompt use?", CONTEXT_SCHEMA));
                            String given = answer.accepted() ? answer.string("context") : null;
                            return PromptResult.of(PromptMessage.user("Prompt with user context: "
                                    + (given == null ? "(none given)" : given)));
                        }));
    }

    /** Suggests values for {@code arg1} that start with what the user typed; nothing for other arguments. */
    private static Completion completeArguments(String argument, String value, Map<String, String> context) {
        return "arg1".equals(argument) ? Completion.matching(value, ARG1_CANDIDATES) : Completion.EMPTY;
    }
}
