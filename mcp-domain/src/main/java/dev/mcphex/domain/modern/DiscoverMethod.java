package dev.mcphex.domain.modern;

import dev.mcphex.domain.ServerSettings;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.methods.ServerCapabilities;
import dev.mcphex.domain.tasks.TasksExtension;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import dev.mcphex.ports.protocol.ProtocolVersion;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code server/discover}: versions, capabilities and identity, for stateless clients. */
public final class DiscoverMethod {
    private final ServerSettings settings;

    public DiscoverMethod(ServerSettings settings) {
        this.settings = settings;
    }

    public ObjectNode discover(RequestScope scope) {
        ObjectNode result = Json.object();
        ArrayNode versions = result.putArray("supportedVersions");
        ProtocolVersion.ids(Era.MODERN).forEach(versions::add);
        ObjectNode capabilities = ServerCapabilities.declare();
        TasksExtension.declare(capabilities);
        result.set("capabilities", capabilities);
        if (settings.instructions() != null) {
            result.put("instructions", settings.instructions());
        }
        scope.cacheable(result, settings.listTtlMs(), true);
        result.putObject("_meta").set("io.modelcontextprotocol/serverInfo", WireFormat.implementation(settings.serverInfo()));
        return result;
    }
}
