package dev.mcphex.examples.conformance;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Small building blocks shared by the fixture's tools, resources and prompts. */
final class Fixtures {

    private Fixtures() {
    }

    /** Parses a JSON object literal, keeping its keys in the written order. */
    static ObjectNode object(String json) {
        JsonNode node = Json.parse(json);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("not a JSON object: " + json);
        }
        return object;
    }

    /** The input schema of a tool that takes no arguments: {@code {"type":"object","properties":{}}}. */
    static ObjectNode noArguments() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        return schema;
    }

    /** A tool with the given input schema. */
    static Tool tool(String name, String description, ObjectNode inputSchema, ToolHandler handler) {
        return new Tool(ToolDefinition.of(name, description, inputSchema), handler);
    }

    /** A tool that takes no arguments. */
    static Tool tool(String name, String description, ToolHandler handler) {
        return tool(name, description, noArguments(), handler);
    }

    /** A form elicitation whose schema is the given JSON object literal. */
    static FormElicitation form(String message, String requestedSchema) {
        return new FormElicitation(message, object(requestedSchema));
    }

    /** {@code action=<action>, content=<json>}, as the fixture reports an elicitation's outcome. */
    static String describe(ElicitationResult result) {
        String content = result.content() == null ? "null" : Json.write(result.content());
        return "action=" + result.action().wire() + ", content=" + content;
    }

    /** Waits a little, as the suite expects of tools that stream, and stops if the request was cancelled. */
    static void pause(McpContext context, long millis) throws InterruptedException {
        context.cancellation().throwIfCancelled();
        Thread.sleep(millis);
        context.cancellation().throwIfCancelled();
    }
}
