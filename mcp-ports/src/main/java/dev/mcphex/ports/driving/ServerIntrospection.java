package dev.mcphex.ports.driving;

import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.ToolDefinition;
import java.util.List;
import java.util.Optional;

/** What operations endpoints (status pages, catalogues, metrics) may read about a running server. */
public interface ServerIntrospection {

    Implementation serverInfo();

    /** The tool catalogue, in list order. */
    List<ToolDefinition> tools();

    /** One tool's definition, looked up without copying the catalogue (transports ask this per call). */
    Optional<ToolDefinition> tool(String name);

    /** Fixed resources plus resource templates. */
    int resourceCount();

    int promptCount();

    /** Live legacy sessions. */
    long sessionCount();

    /** Requests being handled on this instance. */
    int inFlightCount();

    /** The protocol revisions served, oldest first. */
    List<String> protocolVersions();
}
