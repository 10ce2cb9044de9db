package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.describe;
import static dev.mcphex.examples.conformance.Fixtures.form;
import static dev.mcphex.examples.conformance.Fixtures.object;
import static dev.mcphex.examples.conformance.Fixtures.tool;

import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.util.List;

/**
 * The tools that ask the client something in the middle of a call: its model (sampling) or its user
 * (elicitation, with the schemas of SEP-1034 defaults and SEP-1330 enums). Every ask uses a stable key,
 * so that a handler re-run on a retry finds its answers.
 */
final class InteractionTools {

    static final String SAMPLING_KEY = "llm_response";
    static final String ELICITATION_KEY = "user_response";
    static final String DEFAULTS_KEY = "defaults_form";
    static final String ENUMS_KEY = "enums_form";
    static final String CAPABILITY_PROBE_KEY = "capability_probe";
    static final int SAMPLING_MAX_TOKENS = 100;

    /** The form {@code test_elicitation} asks the user to fill in. */
    static final String USER_INFO_SCHEMA = """
            {"type":"object","properties":{\
            "username":{"type":"string","description":"User's response"},\
            "email":{"type":"string","description":"User's email address"}},\
            "required":["username","email"]}""";

    /** SEP-1034: a default on every primitive kind; {@code 95.5} must stay a fractional number. */
    static final String DEFAULTS_SCHEMA = """
            {"type":"object","properties":{\
            "name":{"type":"string","description":"Your name","default":"John Doe"},\
            "age":{"type":"integer","description":"Your age","default":30},\
            "score":{"type":"number","description":"Your score","default":95.5},\
            "status":{"type":"string","description":"Your status","enum":["active","inactive","pending"],"default":"active"},\
            "verified":{"type":"boolean","description":"Whether you are verified","default":true}},\
            "required":[]}""";

    /** SEP-1330: the five enum shapes; no property carries both {@code enum} and {@code oneOf}. */
    static final String ENUMS_SCHEMA = """
            {"type":"object","properties":{\
            "untitledSingle":{"type":"string","description":"Pick one option","enum":["option1","option2","option3"]},\
            "titledSingle":{"type":"string","description":"Pick one titled option","oneOf":[\
            {"const":"value1","title":"First Option"},{"const":"value2","title":"Second Option"},\
            {"const":"value3","title":"Third Option"}]},\
            "legacyEnum":{"type":"string","description":"Pick one option, legacy style","enum":["opt1","opt2","opt3"],\
            "enumNames":["Option One","Option Two","Option Three"]},\
            "untitledMulti":{"type":"array","description":"Pick several options","minItems":1,"maxItems":3,\
            "items":{"type":"string","enum":["option1","option2","option3"]}},\
            "titledMulti":{"type":"array","description":"Pick several titled options","minItems":1,"maxItems":3,\
            "items":{"anyOf":[{"const":"value1","title":"First Choice"},{"const":"value2","title":"Second Choice"},\
            {"const":"value3","title":"Third Choice"}]}}},\
            "required":[]}""";

    private InteractionTools() {
    }

    /** The interaction tools, in listing order. */
    static List<Tool> tools() {
        return List.of(
                tool("test_sampling", "Asks the client's model to answer the prompt and returns its answer.",
                        object(stringArgumentSchema("prompt", "The prompt to send to the model")),
                        (call, context) -> {
                            SamplingResult answer = context.sample(SAMPLING_KEY,
                                    SamplingRequest.of(required(call, "prompt"), SAMPLING_MAX_TOKENS));
                            return ToolResult.text("LLM response: " + answer.text());
                        }),
                tool("test_elicitation", "Asks the user for a username and an email address.",
                        object(stringArgumentSchema("message", "The message to show the user")),
                        (call, context) -> {
                            ElicitationResult answer = context.elicit(ELICITATION_KEY,
                                    form(required(call, "message"), USER_INFO_SCHEMA));
                            return ToolResult.text("User response: " + describe(answer));
                        }),
                tool("test_elicitation_sep1034_defaults",
                        "Asks the user to review a form whose fields all have default values.",
                        (call, context) -> elicitForm(context, DEFAULTS_KEY,
                                "Please review and update the form fields with defaults", DEFAULTS_SCHEMA)),
                tool("test_elicitation_sep1330_enums",
                        "Asks the user to choose from single- and multi-select enums, titled and untitled.",
                        (call, context) -> elicitForm(context, ENUMS_KEY,
                                "Please select options from the enum fields", ENUMS_SCHEMA)),
                tool("test_missing_capability",
                        "Needs the client's sampling capability; fails when the client did not declare it.",
                        (call, context) -> {
                            SamplingResult answer = context.sample(CAPABILITY_PROBE_KEY,
                                    SamplingRequest.of("Reply with any short text.", SAMPLING_MAX_TOKENS));
                            return ToolResult.text("Sampling is available: " + answer.text());
                        }));
    }

    private static ToolResult elicitForm(McpContext context, String key, String message, String schema) {
        ElicitationResult answer = context.elicit(key, form(message, schema));
        return ToolResult.text("Elicitation completed: " + describe(answer));
    }

    /** An object schema with one required string property. */
    private static String stringArgumentSchema(String name, String description) {
        return """
                {"type":"object","properties":{"%s":{"type":"string","description":"%s"}},"required":["%s"]}"""
                .formatted(name, description, name);
    }

    private static String required(ToolCall call, String argument) {
        String value = call.string(argument);
        if (value == null) {
            throw new ToolExecutionException("The argument '" + argument + "' is required");
        }
        return value;
    }
}
