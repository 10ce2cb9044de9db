package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** The server's own tools as agents see them: only through their caller's eyes and rights. */
interface ToolGateway {

    /** The tools {@code agent} may be offered: those it is allowed that its caller may see. */
    List<ModelTool> offered(McpContext caller, AgentDefinition agent);

    /**
     * Calls a tool for an agent, as its caller would call it: the same lookup, authorization, rate limits,
     * argument validation and timeouts. A refusal is an error outcome.
     *
     * @param cancellation stops the call when the run stops
     */
    CallOutcome call(McpContext caller, Cancellation cancellation, String tool, ObjectNode arguments) throws Exception;
}
