package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.FixtureTesting.accept;
import static dev.mcphex.examples.conformance.FixtureTesting.call;
import static dev.mcphex.examples.conformance.FixtureTesting.decline;
import static dev.mcphex.examples.conformance.FixtureTesting.object;
import static dev.mcphex.examples.conformance.FixtureTesting.onlyText;
import static dev.mcphex.examples.conformance.FixtureTesting.sampled;
import static dev.mcphex.examples.conformance.FixtureTesting.text;
import static dev.mcphex.examples.conformance.FixtureTesting.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.examples.conformance.FakeContext.MissingAnswers;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class InteractionToolsTest {

    @Test
    void samplingToolRequiresAPrompt() {
        assertThat(Json.write(tool("test_sampling").definition().inputSchema()))
                .contains("\"prompt\":{\"type\":\"string\"").endsWith("\"required\":[\"prompt\"]}");
    }

    @Test
    void samplingToolSendsThePromptAsOneUserMessageWithAHundredTokens() throws Exception {
        FakeContext context = new FakeContext();

        assertThatThrownBy(() -> call("test_sampling", "{\"prompt\":\"Test prompt for sampling\"}", context))
                .isInstanceOf(MissingAnswers.class);

        SamplingRequest request = (SamplingRequest) context.asked.get("llm_response");
        assertThat(request.maxTokens()).isEqualTo(100);
        assertThat(request.messages()).singleElement().satisfies(message -> {
            assertThat(message.role()).isEqualTo(Role.USER);
            assertThat(text(message.content())).isEqualTo("Test prompt for sampling");
        });
    }

    @Test
    void samplingToolReturnsTheModelsText() throws Exception {
        FakeContext context = new FakeContext().answer("llm_response", sampled("This is a test response"));

        assertThat(onlyText(call("test_sampling", "{\"prompt\":\"Hi\"}", context)))
                .isEqualTo("LLM response: This is a test response");
    }

    @Test
    void samplingToolWithoutAPromptFailsAsAToolError() {
        assertThatThrownBy(() -> call("test_sampling", "{}", new FakeContext()))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("prompt");
    }

    @Test
    void elicitationToolAsksForUsernameAndEmailWithTheGivenMessage() {
        FakeContext context = new FakeContext();

        assertThatThrownBy(() -> call("test_elicitation", "{\"message\":\"Please provide your information\"}", context))
                .isInstanceOf(MissingAnswers.class);

        FormElicitation form = (FormElicitation) context.asked.get("user_response");
        assertThat(form.message()).isEqualTo("Please provide your information");
        assertThat(form.requestedSchema()).isEqualTo(object("""
                {"type":"object","properties":{
                "username":{"type":"string","description":"User's response"},
                "email":{"type":"string","description":"User's email address"}},
                "required":["username","email"]}"""));
    }

    @Test
    void elicitationToolReportsTheActionAndContent() throws Exception {
        FakeContext context = new FakeContext()
                .answer("user_response", accept("{\"username\":\"testuser\",\"email\":\"test@example.com\"}"));

        assertThat(onlyText(call("test_elicitation", "{\"message\":\"Who are you?\"}", context))).isEqualTo(
                "User response: action=accept, content={\"username\":\"testuser\",\"email\":\"test@example.com\"}");
    }

    @Test
    void elicitationToolReportsADeclineWithoutContent() throws Exception {
        FakeContext context = new FakeContext().answer("user_response", decline());

        assertThat(onlyText(call("test_elicitation", "{\"message\":\"Who are you?\"}", context)))
                .isEqualTo("User response: action=decline, content=null");
    }

    @Test
    void defaultsFormHasADefaultOfTheRightKindOnEveryField() {
        ObjectNode schema = askedForm("test_elicitation_sep1034_defaults", "defaults_form").requestedSchema();
        JsonNode properties = schema.path("properties");

        assertThat(properties.path("name").path("default").stringValue()).isEqualTo("John Doe");
        assertThat(properties.path("age").path("type").asString()).isEqualTo("integer");
        assertThat(properties.path("age").path("default").isIntegralNumber()).isTrue();
        assertThat(properties.path("age").path("default").intValue()).isEqualTo(30);
        assertThat(properties.path("score").path("type").asString()).isEqualTo("number");
        assertThat(properties.path("score").path("default").isDouble()).isTrue();
        assertThat(properties.path("score").path("default").doubleValue()).isEqualTo(95.5);
        assertThat(properties.path("status").path("enum")).extracting(JsonNode::asString)
                .containsExactly("active", "inactive", "pending");
        assertThat(properties.path("status").path("default").asString()).isEqualTo("active");
        assertThat(properties.path("verified").path("default").isBoolean()).isTrue();
        assertThat(properties.path("verified").path("default").booleanValue()).isTrue();
        assertThat(schema.path("required").isArray()).isTrue();
        assertThat(schema.path("required").isEmpty()).isTrue();
        assertThat(Json.write(schema)).contains("\"default\":95.5");
    }

    @Test
    void defaultsToolReportsTheSubmittedValues() throws Exception {
        FakeContext context = new FakeContext().answer("defaults_form", accept(
                "{\"name\":\"Jane Smith\",\"age\":25,\"score\":88.0,\"status\":\"inactive\",\"verified\":false}"));

        assertThat(onlyText(call("test_elicitation_sep1034_defaults", "{}", context))).isEqualTo(
                "Elicitation completed: action=accept, content="
                        + "{\"name\":\"Jane Smith\",\"age\":25,\"score\":88.0,\"status\":\"inactive\",\"verified\":false}");
    }

    @Test
    void enumsFormOffersTheFiveEnumShapes() {
        JsonNode properties = askedForm("test_elicitation_sep1330_enums", "enums_form").requestedSchema()
                .path("properties");

        JsonNode untitledSingle = properties.path("untitledSingle");
        assertThat(untitledSingle.path("enum")).extracting(JsonNode::asString)
                .containsExactly("option1", "option2", "option3");
        assertThat(untitledSingle.has("oneOf") || untitledSingle.has("enumNames")).isFalse();

        JsonNode titledSingle = properties.path("titledSingle");
        assertThat(titledSingle.has("enum")).isFalse();
        assertThat(titledSingle.path("oneOf")).extracting(o -> o.path("const").asString() + "=" + o.path("title").asString())
                .containsExactly("value1=First Option", "value2=Second Option", "value3=Third Option");

        JsonNode legacy = properties.path("legacyEnum");
        assertThat(legacy.path("enum")).extracting(JsonNode::asString).containsExactly("opt1", "opt2", "opt3");
        assertThat(legacy.path("enumNames")).extracting(JsonNode::asString)
                .containsExactly("Option One", "Option Two", "Option Three");

        JsonNode untitledMulti = properties.path("untitledMulti");
        assertThat(List.of(untitledMulti.path("type").asString(), untitledMulti.path("minItems").asString(),
                untitledMulti.path("maxItems").asString())).containsExactly("array", "1", "3");
        assertThat(untitledMulti.path("items").path("enum")).extracting(JsonNode::asString)
                .containsExactly("option1", "option2", "option3");
        assertThat(untitledMulti.path("items").has("anyOf")).isFalse();

        JsonNode titledMulti = properties.path("titledMulti");
        assertThat(List.of(titledMulti.path("type").asString(), titledMulti.path("minItems").asString(),
                titledMulti.path("maxItems").asString())).containsExactly("array", "1", "3");
        assertThat(titledMulti.path("items").has("enum")).isFalse();
        assertThat(titledMulti.path("items").path("anyOf"))
                .extracting(o -> o.path("const").asString() + "=" + o.path("title").asString())
                .containsExactly("value1=First Choice", "value2=Second Choice", "value3=Third Choice");
    }

    @Test
    void enumsFormNeverPutsEnumAndOneOfOnOneProperty() {
        JsonNode properties = askedForm("test_elicitation_sep1330_enums", "enums_form").requestedSchema()
                .path("properties");

        assertThat(properties.size()).isEqualTo(5);
        properties.properties().forEach(property ->
                assertThat(property.getValue().has("enum") && property.getValue().has("oneOf"))
                        .as(property.getKey()).isFalse());
    }

    @Test
    void enumsToolReportsTheChosenValues() throws Exception {
        String content = "{\"untitledSingle\":\"option1\",\"titledSingle\":\"value1\",\"legacyEnum\":\"opt1\","
                + "\"untitledMulti\":[\"option1\",\"option2\"],\"titledMulti\":[\"value1\",\"value2\"]}";
        FakeContext context = new FakeContext().answer("enums_form", accept(content));

        assertThat(onlyText(call("test_elicitation_sep1330_enums", "{}", context)))
                .isEqualTo("Elicitation completed: action=accept, content=" + content);
    }

    @Test
    void missingCapabilityToolFailsWhenTheClientCannotSample() {
        FakeContext context = new FakeContext("{\"elicitation\":{}}");

        assertThatThrownBy(() -> call("test_missing_capability", "{}", context))
                .isInstanceOfSatisfying(MissingClientCapabilityException.class,
                        e -> assertThat(e.capability()).isEqualTo("sampling"));
    }

    @Test
    void missingCapabilityToolAnswersWhenTheClientCanSample() throws Exception {
        FakeContext context = new FakeContext("{\"sampling\":{}}")
                .answer("capability_probe", sampled("ok"));

        assertThat(onlyText(call("test_missing_capability", "{}", context))).endsWith("ok");
        assertThat(context.asked).containsOnlyKeys("capability_probe");
    }

    /** Runs a tool once with no answers and returns the form it asked under {@code key}. */
    private static FormElicitation askedForm(String toolName, String key) {
        FakeContext context = new FakeContext();
        assertThatThrownBy(() -> call(toolName, "{}", context)).isInstanceOf(MissingAnswers.class);
        Map<String, ?> asked = context.asked;
        assertThat(asked).containsOnlyKeys(key);
        return (FormElicitation) asked.get(key);
    }
}
