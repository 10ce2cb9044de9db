package dev.mcphex.distribution.agents;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.ObjectNode;

/** Tools for agents to call: one anyone may call, one that needs the {@value #SECRET_SCOPE} scope and counts its runs. */
final class AgentsTestPack implements ToolPack {
    static final String SECRET_SCOPE = "secret:read";

    final AtomicInteger secretRuns = new AtomicInteger();

    @Override
    public String name() {
        return "agents-test";
    }

    @Override
    public List<Tool> tools() {
        ObjectNode echoSchema = Json.object().put("type", "object");
        echoSchema.putObject("properties").putObject("text").put("type", "string");
        ObjectNode none = Json.object().put("type", "object");
        none.putObject("properties");
        var echo = new Tool(ToolDefinition.of("echo", "Echoes its text", echoSchema),
                (call, context) -> ToolResult.text("echo: " + call.string("text", "")));
        var secret = new Tool(ToolDefinition.of("secret", "Tells the secret", none), (call, context) -> {
            secretRuns.incrementAndGet();
            return ToolResult.text("the secret");
        }, Set.of(SECRET_SCOPE));
        return List.of(echo, secret);
    }
}
