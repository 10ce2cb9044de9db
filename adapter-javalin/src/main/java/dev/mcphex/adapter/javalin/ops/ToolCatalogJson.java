package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the tool catalogue as {@code tools/list} shows it, for people and scripts that do not speak MCP. */
final class ToolCatalogJson {
    private ToolCatalogJson() {
    }

    static String write(List<ToolDefinition> tools) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("tools");
        tools.forEach(tool -> list.add(tool(tool)));
        return Json.write(body);
    }

    private static ObjectNode tool(ToolDefinition tool) {
        ObjectNode node = Json.object().put("name", tool.name());
        if (tool.title() != null) {
            node.put("title", tool.title());
        }
        node.put("description", tool.description());
        node.set("inputSchema", tool.inputSchema());
        if (tool.outputSchema() != null) {
            node.set("outputSchema", tool.outputSchema());
        }
        if (!tool.annotations().isEmpty()) {
            node.set("annotations", annotations(tool.annotations()));
        }
        return node;
    }

    private static ObjectNode annotations(ToolAnnotations hints) {
        ObjectNode node = Json.object();
        if (hints.title() != null) {
            node.put("title", hints.title());
        }
        putIfSet(node, "readOnlyHint", hints.readOnlyHint());
        putIfSet(node, "destructiveHint", hints.destructiveHint());
        putIfSet(node, "idempotentHint", hints.idempotentHint());
        putIfSet(node, "openWorldHint", hints.openWorldHint());
        return node;
    }

    private static void putIfSet(ObjectNode node, String field, Boolean value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
