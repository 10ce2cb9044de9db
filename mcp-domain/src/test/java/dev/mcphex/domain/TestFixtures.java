package dev.mcphex.domain;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.Completion;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** A small server with one of everything, for engine tests. */
final class TestFixtures {
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    private TestFixtures() {
    }

    static ObjectNode schema(String json) {
        return (ObjectNode) Json.parse(json);
    }

    static McpServerBuilder builder() {
        return Mcphex.server("test-server", "1.2.3")
                .tool(new Tool(ToolDefinition.of("echo", "Echoes its text",
                        schema("{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"},"
                                + "\"times\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"text\"]}")),
                        (call, ctx) -> ToolResult.text(call.string("text").repeat((int) call.integer("times", 1)))))
                .tool("fail", "Always fails", (call, ctx) -> {
                    throw new ToolExecutionException("the disk is full");
                })
                .tool("crash", "Throws an unexpected exception", (call, ctx) -> {
                    throw new NullPointerException("secret internal detail");
                })
                .tool("reject", "Raises a protocol error", (call, ctx) -> {
                    throw McpProtocolException.invalidParams("bad reference");
                })
                .tool("image", "Returns an image", (call, ctx) -> ToolResult.of(Content.image(PNG, "image/png")))
                .tool(new Tool(ToolDefinition.of("weather", "Structured weather",
                        schema("{\"type\":\"object\",\"properties\":{\"broken\":{\"type\":\"boolean\"}}}"))
                        .withOutputSchema(schema("{\"type\":\"object\",\"properties\":{\"celsius\":{\"type\":\"number\"}},"
                                + "\"required\":[\"celsius\"]}")),
                        (call, ctx) -> ToolResult.structured(call.bool("broken", false)
                                ? Json.object().put("celsius", "warm") : Json.object().put("celsius", 21.5))))
                .tool("progress", "Reports progress and logs", (call, ctx) -> {
                    ctx.log(LogLevel.DEBUG, "debug line");
                    ctx.log(LogLevel.WARNING, "warning line");
                    ctx.progress(0, 2.0, "start");
                    ctx.progress(0, 2.0, "not increasing, dropped");
                    ctx.progress(1, 2.0, null);
                    ctx.progress(2, 2.0, "done");
                    return ToolResult.text("finished");
                })
                .tool("ask_name", "Asks the user's name", (call, ctx) -> {
                    ElicitationResult answer = ctx.elicit("user_name", new FormElicitation("What is your name?",
                            schema("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"]}")));
                    return ToolResult.text(answer.accepted() ? "Hello, " + answer.string("name") + "!" : "No name");
                })
                .tool("two_steps", "Asks twice, in two rounds", (call, ctx) -> {
                    var first = ctx.elicit("step1", new FormElicitation("Name?",
                            schema("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}")));
                    var second = ctx.elicit("step2", new FormElicitation("Colour?",
                            schema("{\"type\":\"object\",\"properties\":{\"color\":{\"type\":\"string\"}}}")));
                    return ToolResult.text(first.string("name") + " likes " + second.string("color"));
                })
                .tool("ask_model", "Asks the client's model", (call, ctx) ->
                        ToolResult.text(ctx.sample("question", SamplingRequest.of("Capital of France?", 50)).text()))
                .tool("list_roots", "Lists the client's roots", (call, ctx) ->
                        ToolResult.text(ctx.roots().size() + " roots"))
                .tool("slow", "Waits until cancelled", (call, ctx) -> {
                    while (!ctx.cancellation().isCancelled()) {
                        Thread.sleep(5);
                    }
                    return ToolResult.text("stopped");
                })
                .resource("test://text", "text", "A text resource", "text/plain",
                        (uri, ctx) -> List.of(ResourceContents.text(uri, "text/plain", "hello")))
                .resource("test://blob", "blob", "A binary resource", "image/png",
                        (uri, ctx) -> List.of(ResourceContents.blob(uri, "image/png", PNG)))
                .resourceTemplate(new ResourceTemplate(
                        ResourceTemplateDefinition.of("notes://{folder}/{id}", "note", "A note", "text/plain"),
                        (uri, vars, ctx) -> List.of(ResourceContents.text(uri, "text/plain",
                                "note " + vars.get("id") + " in " + vars.get("folder"))),
                        (arg, value, context) -> Completion.matching(value, List.of("inbox", "archive", "ideas"))))
                .prompt(new Prompt(PromptDefinition.of("greet", "Greets someone",
                        PromptArgument.required("name", "Who"), PromptArgument.optional("tone", "How")),
                        (args, ctx) -> PromptResult.of(PromptMessage.user("Hello " + args.get("name")
                                + (args.containsKey("tone") ? " (" + args.get("tone") + ")" : ""))),
                        (arg, value, context) -> Completion.matching(value, List.of("Alice", "Alan", "Bob"))));
    }
}
