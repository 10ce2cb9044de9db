package dev.mcphex.domain.agents;

import dev.mcphex.domain.access.AccessPolicy;
import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.catalog.RegisteredTool;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.methods.MethodHandler;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.protocol.ProtocolVersion;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes an agent's tool call through the engine's own {@code tools/call} handler with the caller's
 * principal, so an agent can never do what its caller may not. The call is served as a sessionless
 * request: the tool cannot ask the user (agents have no user to ask) and never becomes a task.
 */
final class EngineToolGateway implements ToolGateway {
    private final Catalog catalog;
    private final AccessPolicy access;
    private final MethodHandler toolsCall;

    /**
     * @param toolsCall the engine's {@code tools/call} handler
     */
    EngineToolGateway(Catalog catalog, AccessPolicy access, MethodHandler toolsCall) {
        this.catalog = catalog;
        this.access = access;
        this.toolsCall = toolsCall;
    }

    @Override
    public List<ModelTool> offered(McpContext caller, AgentDefinition agent) {
        AccessPolicy.Visible visible = access.visibleTools(caller.principal(), catalog.tools());
        List<ModelTool> offered = new ArrayList<>();
        for (RegisteredTool tool : visible.tools()) {
            String name = tool.tool().name();
            if (!AgentTools.OWN.contains(name) && AgentTools.allows(agent, name)) {
                ToolDefinition definition = visible.definitions().get(name);
                offered.add(new ModelTool(name, definition.description(), definition.inputSchema()));
            }
        }
        return offered;
    }

    @Override
    public CallOutcome call(McpContext caller, Cancellation cancellation, String tool, ObjectNode arguments)
            throws Exception {
        if (AgentTools.OWN.contains(tool)) {
            return CallOutcome.refused("Refused: agents cannot call " + tool + "; a supervisor hands work on with "
                    + AgentTools.DELEGATE);
        }
        ObjectNode params = Json.object().put("name", tool);
        params.set("arguments", arguments);
        var scope = new RequestScope(new RequestId.StringId("agent-" + UUID.randomUUID()), "tools/call", params,
                ProtocolVersion.LATEST_LEGACY, caller.principal(), caller.clientCapabilities(), caller.clientInfo(),
                null, null, cancellation, MessageSink.DISCARD, null);
        try {
            return outcome(toolsCall.handle(scope));
        } catch (McpProtocolException e) {
            return CallOutcome.refused("Refused: " + e.getMessage());
        }
    }

    /** A {@code tools/call} result as text: its text blocks, else its structured content. */
    private static CallOutcome outcome(ObjectNode result) {
        List<String> parts = new ArrayList<>();
        for (JsonNode block : result.path("content")) {
            String type = block.path("type").asString("");
            parts.add("text".equals(type) ? block.path("text").asString("") : "[" + type + " content]");
        }
        JsonNode structured = result.get("structuredContent");
        if (parts.stream().allMatch(String::isBlank) && structured != null) {
            parts = List.of(Json.write(structured));
        }
        return new CallOutcome(String.join("\n", parts), result.path("isError").asBoolean(false));
    }
}
