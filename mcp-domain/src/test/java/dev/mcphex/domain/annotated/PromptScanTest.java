package dev.mcphex.domain.annotated;

import static dev.mcphex.domain.annotated.ScanAssertions.assertScanFails;
import static dev.mcphex.domain.annotated.ScanAssertions.assertInvalidParams;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.annotations.McpParam;
import dev.mcphex.ports.spi.annotations.McpPrompt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptScanTest {

    public static class Prompts {
        @McpPrompt(description = "Reviews code", title = "Code review")
        public String reviewCode(@McpParam(description = "The code") String code, Optional<String> language,
                                 @McpParam(required = false) String focus, McpContext context) {
            return "Review " + language.orElse("any") + " code " + code + " focusing on " + focus;
        }

        @McpPrompt(name = "greet", description = "Greets")
        public PromptMessage greeting(String who) {
            return new PromptMessage(Role.ASSISTANT, Content.text("Hello " + who));
        }

        @McpPrompt(description = "A dialogue")
        public List<PromptMessage> dialogue() {
            return List.of(PromptMessage.user("hi"), new PromptMessage(Role.ASSISTANT, Content.text("hello")));
        }

        @McpPrompt(description = "A full result")
        public PromptResult full() {
            return new PromptResult("described", List.of(PromptMessage.user("x")));
        }

        @McpPrompt(description = "Nothing to say")
        public String silent() {
            return null;
        }
    }

    private final List<Prompt> prompts = AnnotatedHandlers.scan(new Prompts()).prompts();

    private Prompt prompt(String name) {
        return prompts.stream().filter(prompt -> prompt.name().equals(name)).findFirst().orElseThrow();
    }

    private PromptResult get(String name, Map<String, String> arguments) throws Exception {
        return prompt(name).handler().get(arguments, new FakeContext());
    }

    @Test
    void prompts_areSortedByName() {
        assertThat(prompts).extracting(Prompt::name).containsExactly("dialogue", "full", "greet", "review_code",
                "silent");
    }

    @Test
    void definition_declaresArgumentsInOrder() {
        assertThat(prompt("review_code").definition()).isEqualTo(new PromptDefinition("review_code", "Code review",
                "Reviews code", List.of(new PromptArgument("code", null, "The code", true),
                new PromptArgument("language", null, null, false),
                new PromptArgument("focus", null, null, false)), null));
    }

    @Test
    void stringReturn_isOneUserMessage() throws Exception {
        PromptResult result = get("review_code", Map.of("code", "x++", "language", "java", "focus", "style"));

        assertThat(result).isEqualTo(PromptResult.of(PromptMessage.user("Review java code x++ focusing on style")));
    }

    @Test
    void absentOptionalArguments_areEmptyOrNull() throws Exception {
        PromptResult result = get("review_code", Map.of("code", "x++"));

        assertThat(result.messages().get(0).content()).isEqualTo(Content.text("Review any code x++ focusing on null"));
    }

    @Test
    void missingRequiredArgument_isInvalidParams() {
        assertInvalidParams(() -> get("review_code", Map.of()), "code");
    }

    @Test
    void messageReturn_isOneMessage() throws Exception {
        assertThat(get("greet", Map.of("who", "Ann")))
                .isEqualTo(PromptResult.of(new PromptMessage(Role.ASSISTANT, Content.text("Hello Ann"))));
    }

    @Test
    void messageListReturn_isTheMessages() throws Exception {
        assertThat(get("dialogue", Map.of()).messages()).extracting(PromptMessage::role)
                .containsExactly(Role.USER, Role.ASSISTANT);
    }

    @Test
    void promptResultReturn_isPassedThrough() throws Exception {
        assertThat(get("full", Map.of()).description()).isEqualTo("described");
    }

    @Test
    void nullReturn_isNoMessages() throws Exception {
        assertThat(get("silent", Map.of()).messages()).isEmpty();
    }

    public static class NumberArgument {
        @McpPrompt(description = "Counts")
        public String count(int times) {
            return "";
        }
    }

    @Test
    void nonStringArgument_fails() {
        assertScanFails(new NumberArgument())
                .hasMessageContaining(NumberArgument.class.getName() + ".count")
                .hasMessageContaining("parameter 'times' must be a String or an Optional<String>");
    }

    public static class NoDescription {
        @McpPrompt(description = "")
        public String bare() {
            return "";
        }
    }

    @Test
    void blankDescription_fails() {
        assertScanFails(new NoDescription())
                .hasMessageContaining(NoDescription.class.getName() + ".bare: @McpPrompt needs a description");
    }

    public static class WrongReturn {
        @McpPrompt(description = "Returns a number")
        public int number() {
            return 1;
        }
    }

    @Test
    void unsupportedReturnType_fails() {
        assertScanFails(new WrongReturn())
                .hasMessageContaining("a prompt method must return PromptResult");
    }

    public static class SameName {
        @McpPrompt(name = "p", description = "One")
        public String one() {
            return "";
        }

        @McpPrompt(name = "p", description = "Two")
        public String two() {
            return "";
        }
    }

    @Test
    void duplicatePromptNames_fail() {
        assertScanFails(new SameName())
                .hasMessageContaining("prompt name 'p'");
    }
}
