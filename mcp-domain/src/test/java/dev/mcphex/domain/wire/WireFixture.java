package dev.mcphex.domain.wire;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Annotations;
import dev.mcphex.ports.protocol.BlobResourceContents;
import dev.mcphex.ports.protocol.Completion;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.Icon;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ResourceLink;
import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.SamplingMessage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.protocol.UrlElicitation;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/** A server that offers one of everything the engine can send. */
final class WireFixture {
    /** A 1x1 PNG. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==";
    /** Eight samples of 8-bit mono silence. */
    static final String WAV = "UklGRiwAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQgAAACAgICAgICAgA==";
    static final String README = "file:///fixture/readme.txt";
    static final String LOGO = "file:///fixture/logo.png";
    static final String NOTES = "file:///fixture/notes/{name}";
    static final List<String> CONTENT_TOOLS =
            List.of("text", "image", "audio", "resource_link", "embedded_text", "embedded_blob");

    private static final List<Icon> ICONS = List.of(new Icon("https://example.com/icon.png", "image/png",
            List.of("48x48"), "light"), Icon.of("data:image/png;base64," + PNG));
    private static final Annotations FOR_USER = new Annotations(List.of(Role.USER), 0.5, "2025-01-01T00:00:00Z");

    private WireFixture() {
    }

    static McpEngine engine() {
        return Mcphex.server("wire-fixture", "1.0.0").title("Wire fixture").instructions("Checks the wire format.")
                .clientRequestTimeout(Duration.ofSeconds(10))
                .tool(new Tool(ToolDefinition.of("text", "Returns text.", noArguments()).withTitle("Text")
                        .withAnnotations(new ToolAnnotations("Text", true, false, true, false)).withIcons(ICONS),
                        (call, context) -> ToolResult.of(new TextContent("hello", FOR_USER))))
                .tool("image", "Returns an image.", (call, context) -> ToolResult.of(Content.image(PNG, "image/png")))
                .tool("audio", "Returns audio.", (call, context) -> ToolResult.of(Content.audio(WAV, "audio/wav")))
                .tool("resource_link", "Returns a resource link.", (call, context) -> ToolResult.of(
                        new ResourceLink(README, "readme", "Read me", "The read-me.", "text/plain", 5L, FOR_USER)))
                .tool("embedded_text", "Returns an embedded text resource.", (call, context) -> ToolResult.of(
                        Content.resource(new TextResourceContents(README, "text/plain", "hello"))))
                .tool("embedded_blob", "Returns an embedded blob resource.", (call, context) -> ToolResult.of(
                        Content.resource(new BlobResourceContents(LOGO, "image/png", PNG))))
                .tool(new Tool(ToolDefinition.of("structured", "Adds two numbers.", addArguments())
                        .withOutputSchema(sumSchema()), (call, context) -> ToolResult.structured(
                        Json.object().put("sum", call.number("a", 0) + call.number("b", 0)))))
                .tool("failing", "Always fails.", (call, context) -> {
                    throw new ToolExecutionException("the fixture tool failed on purpose");
                })
                .tool("progress", "Reports progress and logs.", (call, context) -> {
                    context.progress(0.5, 1.0, "halfway");
                    context.log(LogLevel.INFO, "fixture", "working");
                    context.log(LogLevel.WARNING, "fixture", Json.object().put("detail", "structured log data"));
                    context.progress(1, 1.0, null);
                    return ToolResult.text("done");
                })
                .tool("elicit", "Asks for a name.", (call, context) -> {
                    ElicitationResult answer = context.elicit("name", new FormElicitation("Who are you?", nameForm()));
                    return ToolResult.text("hello " + answer.string("name"));
                })
                .tool("elicit_url", "Sends the user to a page.", (call, context) -> ToolResult.text(context.elicit("visit",
                        new UrlElicitation("Sign in, please.", "https://example.com/sign-in", "sign-in-1")).action().wire()))
                .tool("sample", "Asks the client's model.", (call, context) ->
                        ToolResult.text(context.sample("reply", samplingRequest()).text()))
                .tool("roots", "Lists the client's roots.", (call, context) -> ToolResult.text(
                        context.roots().stream().map(r -> r.uri()).collect(Collectors.joining(", "))))
                .resource(README, "readme", "The read-me.", "text/plain",
                        (uri, context) -> List.of(new TextResourceContents(uri, "text/plain", "hello")))
                .resource(new Resource(new ResourceDefinition(LOGO, "logo", "Logo", "The logo.", "image/png", 70L,
                        FOR_USER, null), (uri, context) -> List.of(new BlobResourceContents(uri, "image/png", PNG))))
                .resourceTemplate(new ResourceTemplate(new ResourceTemplateDefinition(NOTES, "notes", "Notes", "A note.",
                        "text/markdown", FOR_USER, ICONS), (uri, variables, context) ->
                        List.of(new TextResourceContents(uri, "text/markdown", "# " + variables.get("name"))),
                        (argument, value, context) -> Completion.matching(value, List.of("monday", "tuesday"))))
                .prompt(new Prompt(new PromptDefinition("greet", "Greeting", "Greets someone.",
                        List.of(new PromptArgument("name", "Name", "Who to greet", true),
                                PromptArgument.optional("style", "How")), ICONS),
                        (arguments, context) -> new PromptResult("A greeting",
                                List.of(PromptMessage.user("Greet " + arguments.get("name")))),
                        (argument, value, context) -> Completion.matching(value, List.of("Ada", "Alan", "Grace"))))
                .prompt(PromptDefinition.of("show", "Shows media."), (arguments, context) -> PromptResult.of(
                        PromptMessage.user(Content.image(PNG, "image/png")),
                        new PromptMessage(Role.ASSISTANT, Content.resource(
                                new TextResourceContents(README, "text/plain", "hello"))),
                        new PromptMessage(Role.ASSISTANT, Content.audio(WAV, "audio/wav"))))
                .build();
    }

    /** A tool added while clients listen. */
    static Tool lateTool() {
        return new Tool(ToolDefinition.of("late", "Added at run time.", noArguments()),
                (call, context) -> ToolResult.text("late"));
    }

    static SamplingRequest samplingRequest() {
        ObjectNode preferences = Json.object().put("intelligencePriority", 0.8).put("speedPriority", 0.2);
        preferences.putArray("hints").addObject().put("name", "small");
        return new SamplingRequest(List.of(SamplingMessage.user("Say hi")), 50, "Be brief.", 0.2,
                List.of("STOP"), preferences);
    }

    private static ObjectNode noArguments() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        return schema;
    }

    private static ObjectNode addArguments() {
        ObjectNode schema = Json.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("a").put("type", "number");
        properties.putObject("b").put("type", "number");
        schema.putArray("required").add("a").add("b");
        return schema;
    }

    private static ObjectNode sumSchema() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties").putObject("sum").put("type", "number");
        schema.putArray("required").add("sum");
        return schema;
    }

    /** A form with a fractional bound, which the NumberSchema erratum concerns. */
    static ObjectNode nameForm() {
        ObjectNode schema = Json.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("name").put("type", "string").put("title", "Name");
        properties.putObject("height").put("type", "number").put("minimum", 0.5).put("maximum", 2.5);
        schema.putArray("required").add("name");
        return schema;
    }
}
