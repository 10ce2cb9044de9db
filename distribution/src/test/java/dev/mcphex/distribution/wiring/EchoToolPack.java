package dev.mcphex.distribution.wiring;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** A pack registered in this module's test resources, so discovery has something to find. */
public final class EchoToolPack implements ToolPack {

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public List<Tool> tools() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        ToolDefinition echo = ToolDefinition.of("echo", "Answers with what it was given", schema).withTitle("Echo");
        return List.of(new Tool(echo, (call, context) -> ToolResult.text("echo")));
    }
}
