package dev.mcphex.domain.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.SamplingMessage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.ToolResultContent;
import dev.mcphex.ports.protocol.ToolUseContent;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class SamplingConversationTest {
    private static final ModelToolCall PARIS = new ModelToolCall("c1", "weather", Json.object().put("city", "Paris"));
    private static final ModelToolCall LYON = new ModelToolCall("c2", "weather", Json.object().put("city", "Lyon"));

    private static List<ModelMessage> conversation() {
        return List.of(ModelMessage.user("Weather?"),
                new ModelMessage.Assistant("", List.of(PARIS, LYON)),
                new ModelMessage.ToolOutcome("c1", "weather", "18 C", false),
                new ModelMessage.ToolOutcome("c2", "weather", "no station", true),
                new ModelMessage.Assistant("Paris 18 C.", List.of()),
                ModelMessage.user("Thanks"));
    }

    @Test
    void withTools_callsAreToolUses_andConsecutiveOutcomesOneUserMessageOfToolResults() {
        List<SamplingMessage> messages = SamplingConversation.messages(conversation(), true);

        assertThat(messages).extracting(SamplingMessage::role)
                .containsExactly(Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT, Role.USER);
        assertThat(messages.get(1).blocks()).hasSize(2).allMatch(ToolUseContent.class::isInstance);
        assertThat(messages.get(2).blocks()).extracting(b -> ((ToolResultContent) b).toolUseId())
                .containsExactly("c1", "c2");
        assertThat(((ToolResultContent) messages.get(2).blocks().get(1)).isError()).isTrue();
        assertThat(((TextContent) messages.get(3).content()).text()).isEqualTo("Paris 18 C.");
    }

    @Test
    void withoutTools_callsAndOutcomesAreToldAsText() {
        List<SamplingMessage> messages = SamplingConversation.messages(conversation(), false);

        assertThat(messages).allSatisfy(m -> assertThat(m.blocks()).allMatch(TextContent.class::isInstance));
        assertThat(((TextContent) messages.get(1).blocks().get(0)).text())
                .isEqualTo("[called tool weather with {\"city\":\"Paris\"}]");
        assertThat(((TextContent) messages.get(2).content()).text()).isEqualTo("[tool weather returned: 18 C]");
        assertThat(((TextContent) messages.get(3).content()).text()).isEqualTo("[tool weather failed: no station]");
    }

    @Test
    void theRequestCarriesSystemPromptLimitsAndPreferences_andToolsOnlyWhenOffered() {
        ObjectNode preferences = Json.object().put("speedPriority", 0.9);
        ModelRequest request = new ModelRequest("Be brief.", conversation(), List.of(new ModelTool("weather", "",
                (ObjectNode) Json.parse("{\"type\":\"object\"}"))), 64, 0.3, preferences);

        SamplingRequest withTools = SamplingConversation.toSampling(request, true);
        SamplingRequest without = SamplingConversation.toSampling(request, false);

        assertThat(withTools.systemPrompt()).isEqualTo("Be brief.");
        assertThat(withTools.maxTokens()).isEqualTo(64);
        assertThat(withTools.temperature()).isEqualTo(0.3);
        assertThat(withTools.modelPreferences()).isEqualTo(preferences);
        assertThat(withTools.tools()).singleElement().satisfies(tool -> {
            assertThat(tool.name()).isEqualTo("weather");
            assertThat(tool.description()).isEqualTo("weather");
        });
        assertThat(withTools.requiredCapability()).isEqualTo("sampling.tools");
        assertThat(without.tools()).isEmpty();
        assertThat(without.requiredCapability()).isEqualTo("sampling");
    }

    @Test
    void theAskKey_followsTheContent() {
        ModelRequest first = new ModelRequest(null, List.of(ModelMessage.user("a")), List.of(), 10, null, null);
        ModelRequest same = new ModelRequest(null, List.of(ModelMessage.user("a")), List.of(), 10, null, null);
        ModelRequest other = new ModelRequest(null, List.of(ModelMessage.user("b")), List.of(), 10, null, null);

        String key = SamplingLanguageModel.askKey(SamplingConversation.toSampling(first, false));
        assertThat(key).matches("model-[0-9a-f]{24}");
        assertThat(SamplingLanguageModel.askKey(SamplingConversation.toSampling(same, false))).isEqualTo(key);
        assertThat(SamplingLanguageModel.askKey(SamplingConversation.toSampling(other, false))).isNotEqualTo(key);
    }
}
