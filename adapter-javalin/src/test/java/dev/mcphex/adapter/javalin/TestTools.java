package dev.mcphex.adapter.javalin;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolHandler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/** Tools with the behaviours the transport tests need. */
final class TestTools {
    private TestTools() {
    }

    static Tool tool(String name, ToolHandler handler) {
        return new Tool(ToolDefinition.of(name, "Test tool " + name, emptySchema()), handler);
    }

    static ObjectNode emptySchema() {
        ObjectNode schema = Json.object();
        schema.put("type", "object");
        schema.putObject("properties");
        return schema;
    }

    /** Answers at once, reporting nothing. */
    static Tool echo() {
        return tool("echo", (call, context) -> ToolResult.text("echo:" + call.string("text", "")));
    }

    /** Reports progress 1 and 2 of 2, then answers. */
    static Tool progress() {
        return tool("progress", (call, context) -> {
            context.progress(1, 2.0, "first");
            context.progress(2, 2.0, "second");
            return ToolResult.text("done");
        });
    }

    /** Asks the client's model, so it needs the sampling capability. */
    static Tool askModel() {
        return tool("ask_model", (call, context) ->
                ToolResult.text(context.sample(SamplingRequest.of("Say hi", 10)).toString()));
    }

    /** Asks the user for a name and answers with it. */
    static Tool askName() {
        return tool("ask_name", (call, context) -> {
            ObjectNode schema = emptySchema();
            schema.putObject("properties").putObject("name").put("type", "string");
            var answer = context.elicit(new FormElicitation("Your name?", schema));
            return ToolResult.text("hello " + answer.string("name"));
        });
    }

    /** A tool whose {@code region} argument travels in the {@code Mcp-Param-Region} header too. */
    static Tool regional() {
        ObjectNode schema = emptySchema();
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("region").put("type", "string").put("x-mcp-header", "Region");
        properties.putObject("level").put("type", "integer");
        return new Tool(ToolDefinition.of("regional", "Answers with its region", schema),
                (call, context) -> ToolResult.text("region=" + call.string("region")));
    }

    /** Reports progress, then waits to be released or cancelled, recording a cancellation. */
    static Tool waiting(String name, CountDownLatch release, CountDownLatch cancelled) {
        return tool(name, (call, context) -> {
            context.cancellation().onCancel(cancelled::countDown);
            context.progress(1, null, "started");
            if (!release.await(HttpTestServer.WAIT.toMillis() * 2, TimeUnit.MILLISECONDS)) {
                return ToolResult.error("never released");
            }
            return ToolResult.text("released");
        });
    }
}
