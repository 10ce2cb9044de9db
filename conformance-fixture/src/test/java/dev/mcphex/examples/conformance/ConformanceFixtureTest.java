package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.FixtureTesting.onlyText;
import static dev.mcphex.examples.conformance.FixtureTesting.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.examples.conformance.FixtureTesting.RecordingHooks;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConformanceFixtureTest {

    private final ConformanceFixture fixture = new ConformanceFixture(FixtureHooks.NONE);

    @Test
    void listsEveryToolOfTheSuiteCatalogueExactlyOnce() {
        assertThat(fixture.tools()).extracting(Tool::name).containsExactlyInAnyOrder(
                "test_simple_text", "test_image_content", "test_audio_content", "test_embedded_resource",
                "test_multiple_content_types", "test_tool_with_logging", "test_tool_with_progress",
                "test_error_handling", "test_sampling", "test_elicitation", "test_elicitation_sep1034_defaults",
                "test_elicitation_sep1330_enums", "json_schema_2020_12_tool", "test_reconnection",
                "test_missing_capability", "test_streaming_elicitation", "test_logging_tool",
                "test_trigger_tool_change", "test_trigger_prompt_change",
                "test_input_required_result_elicitation", "test_input_required_result_sampling",
                "test_input_required_result_list_roots", "test_input_required_result_request_state",
                "test_input_required_result_multiple_inputs", "test_input_required_result_multi_round",
                "test_input_required_result_tampered_state", "test_input_required_result_capabilities",
                "test_x_mcp_header", "greet", "slow_compute", "failing_job", "protocol_error_job", "confirm_delete",
                "multi_input", "test_tool_with_task", "test_language_model");
    }

    @Test
    void listsTheSimpleTextToolFirstAndTheHeaderToolAfterIt() {
        List<String> names = fixture.tools().stream().map(Tool::name).toList();

        assertThat(names.get(0)).isEqualTo("test_simple_text");
        assertThat(names.indexOf("test_x_mcp_header")).isGreaterThan(0);
    }

    @Test
    void firstToolAnswersACallWithoutArguments() throws Exception {
        Tool first = fixture.tools().get(0);

        String text = onlyText(first.handler().call(new ToolCall(first.name(), null), new FakeContext()));

        assertThat(text).isNotBlank();
    }

    @Test
    void listsTheSameToolsInTheSameOrderOnEveryCall() {
        ConformanceFixture other = new ConformanceFixture(FixtureHooks.NONE);

        assertThat(fixture.tools()).extracting(Tool::name)
                .containsExactlyElementsOf(fixture.tools().stream().map(Tool::name).toList())
                .containsExactlyElementsOf(other.tools().stream().map(Tool::name).toList());
    }

    @Test
    void everyToolHasAValidNameADescriptionAndAnObjectInputSchema() {
        for (Tool tool : fixture.tools()) {
            ToolDefinition definition = tool.definition();
            assertThat(definition.name()).as("name").matches("[A-Za-z0-9_.-]{1,128}");
            assertThat(definition.description()).as(definition.name()).isNotBlank();
            assertThat(definition.inputSchema().path("type").asString()).as(definition.name()).isEqualTo("object");
            JsonNode properties = definition.inputSchema().path("properties");
            assertThat(properties.isObject()).as(definition.name() + " properties").isTrue();
            properties.forEach(property -> assertThat(property.isObject()).as(definition.name()).isTrue());
            assertThat(definition.outputSchema()).as(definition.name()).isNull();
        }
    }

    @Test
    void listsTheStaticTextResourceFirst() {
        assertThat(fixture.resources()).extracting(Resource::uri)
                .containsExactly("test://static-text", "test://static-binary", "test://watched-resource");
    }

    @Test
    void listsTheDataTemplate() {
        assertThat(fixture.resourceTemplates()).singleElement()
                .satisfies(template -> {
                    assertThat(template.definition().uriTemplate()).isEqualTo("test://template/{id}/data");
                    assertThat(template.definition().name()).isEqualTo("template");
                    assertThat(template.definition().mimeType()).isEqualTo("application/json");
                });
    }

    @Test
    void listsEveryPromptWithADescription() {
        assertThat(fixture.prompts()).extracting(Prompt::name).containsExactly(
                "test_simple_prompt", "test_prompt_with_arguments", "test_prompt_with_embedded_resource",
                "test_prompt_with_image", "test_input_required_result_prompt");
        assertThat(fixture.prompts()).extracting(Prompt::definition).extracting(PromptDefinition::description)
                .allSatisfy(description -> assertThat(description).isNotBlank());
    }

    @Test
    void triggerToolsTellTheHooksWhichListChanged() throws Exception {
        RecordingHooks hooks = new RecordingHooks();
        ConformanceFixture watched = new ConformanceFixture(hooks);

        String tools = onlyText(tool(watched, "test_trigger_tool_change").handler()
                .call(new ToolCall("test_trigger_tool_change", null), new FakeContext()));
        String prompts = onlyText(tool(watched, "test_trigger_prompt_change").handler()
                .call(new ToolCall("test_trigger_prompt_change", null), new FakeContext()));

        assertThat(hooks.events).containsExactly("tools", "prompts");
        assertThat(tools).isNotBlank();
        assertThat(prompts).isNotBlank();
    }

    @Test
    void updatingTheWatchedResourceChangesItsTextAndTellsTheHooks() throws Exception {
        RecordingHooks hooks = new RecordingHooks();
        ConformanceFixture watched = new ConformanceFixture(hooks);
        Resource resource = watched.resources().get(2);

        watched.updateWatchedResource("Changed content");

        assertThat(hooks.events).containsExactly("resource test://watched-resource");
        assertThat(resource.reader().read(resource.uri(), new FakeContext())).singleElement()
                .isEqualTo(new TextResourceContents("test://watched-resource", "text/plain", "Changed content"));
    }

}
