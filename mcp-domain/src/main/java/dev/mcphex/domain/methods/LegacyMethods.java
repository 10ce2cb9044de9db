package dev.mcphex.domain.methods;

import dev.mcphex.domain.ServerSettings;
import dev.mcphex.domain.legacy.LegacySessions;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.tasks.LegacyTasks;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Era;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The methods only the legacy era has: {@code initialize}, {@code logging/setLevel},
 * {@code resources/subscribe} and {@code resources/unsubscribe}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle">Lifecycle</a>
 */
public final class LegacyMethods {
    private final LegacySessions sessions;
    private final ServerSettings settings;

    public LegacyMethods(LegacySessions sessions, ServerSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    /** Negotiates the version and opens a session, which the exchange then carries. */
    public ObjectNode initialize(ObjectNode params, Exchange exchange) {
        if (exchange.sessionId().isPresent() && sessions.find(exchange.sessionId().get()).isPresent()) {
            throw new McpProtocolException(dev.mcphex.ports.jsonrpc.ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: the session is already initialized");
        }
        String requested = Params.requireString(params, "protocolVersion");
        ProtocolVersion version = ProtocolVersion.parse(requested).filter(v -> v.era() == Era.LEGACY)
                .orElse(ProtocolVersion.LATEST_LEGACY);
        ClientCapabilities capabilities = ClientCapabilities.of(Params.optionalObject(params, "capabilities"));
        SessionRecord session = sessions.create(version, clientInfo(params.get("clientInfo")), capabilities,
                exchange.principal());
        exchange.bindSession(session.id());
        ObjectNode result = Json.object().put("protocolVersion", version.id());
        result.set("capabilities", ServerCapabilities.declare());
        if (LegacyTasks.offered(version)) {
            LegacyTasks.declare((ObjectNode) result.get("capabilities"));
        }
        result.set("serverInfo", WireFormat.implementation(settings.serverInfo()));
        if (settings.instructions() != null) {
            result.put("instructions", settings.instructions());
        }
        return result;
    }

    private static Implementation clientInfo(JsonNode node) {
        if (node instanceof ObjectNode o && o.path("name").isString() && o.path("version").isString()) {
            return new Implementation(o.get("name").stringValue(), o.get("version").stringValue());
        }
        return Implementation.UNKNOWN;
    }

    private SessionRecord session(RequestScope scope) {
        return sessions.find(scope.sessionId()).orElseThrow(() -> new McpProtocolException(
                dev.mcphex.ports.jsonrpc.ErrorCodes.INVALID_REQUEST, "Invalid Request: the session has ended"));
    }

    public ObjectNode setLevel(RequestScope scope) {
        SessionRecord session = session(scope);
        String level = Params.requireString(scope.params(), "level");
        LogLevel parsed = LogLevel.parse(level).orElseThrow(() ->
                McpProtocolException.invalidParams("Invalid params: unknown logging level '" + level + "'"));
        sessions.update(session.withLogLevel(parsed));
        return Json.object();
    }

    public ObjectNode subscribe(RequestScope scope) {
        SessionRecord session = session(scope);
        String uri = Params.requireString(scope.params(), "uri");
        Set<String> uris = new HashSet<>(session.subscriptions());
        uris.add(uri);
        sessions.update(session.withSubscriptions(uris));
        return Json.object();
    }

    public ObjectNode unsubscribe(RequestScope scope) {
        SessionRecord session = session(scope);
        String uri = Params.requireString(scope.params(), "uri");
        Set<String> uris = new HashSet<>(session.subscriptions());
        uris.remove(uri);
        sessions.update(session.withSubscriptions(uris));
        return Json.object();
    }
}
