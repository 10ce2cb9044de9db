package dev.mcphex.domain.modern;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Era;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a modern-era request says about its client in {@code params._meta}: protocol version, client
 * capabilities and info, log level and progress token. Read afresh for every request; nothing is
 * remembered between requests.
 *
 * @param version       the requested protocol revision
 * @param capabilities  the client's capabilities for this request
 * @param clientInfo    the client's implementation, or {@link Implementation#UNKNOWN}
 * @param logLevel      the least severe log level to send, or {@code null} for none
 * @param progressToken the progress token, or {@code null}
 */
public record ModernEnvelope(ProtocolVersion version, ClientCapabilities capabilities, Implementation clientInfo,
                             LogLevel logLevel, JsonNode progressToken) {
    public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    public static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";

    /** Whether a message claims the modern era: its {@code _meta} names a protocol version. */
    public static boolean claims(JsonNode params) {
        return params != null && params.get("_meta") instanceof ObjectNode meta && meta.has(PROTOCOL_VERSION);
    }

    /**
     * Reads and checks the envelope.
     *
     * @throws McpProtocolException -32602 when required keys are missing or malformed, -32022 when the
     *                              version is not one this server serves statelessly
     */
    public static ModernEnvelope read(JsonNode params) {
        JsonNode metaNode = params == null ? null : params.get("_meta");
        if (!(metaNode instanceof ObjectNode meta)) {
            throw missing(List.of("_meta"));
        }
        List<String> missing = new ArrayList<>();
        JsonNode version = meta.get(PROTOCOL_VERSION);
        if (version == null || !version.isString()) {
            missing.add(PROTOCOL_VERSION);
        }
        JsonNode capabilities = meta.get(CLIENT_CAPABILITIES);
        if (!(capabilities instanceof ObjectNode)) {
            missing.add(CLIENT_CAPABILITIES);
        }
        if (!missing.isEmpty()) {
            throw missing(missing);
        }
        ProtocolVersion parsed = ProtocolVersion.parse(version.stringValue())
                .filter(v -> v.era() == Era.MODERN)
                .orElseThrow(() -> unsupported(version.stringValue()));
        return new ModernEnvelope(parsed, ClientCapabilities.of(capabilities), clientInfo(meta.get(CLIENT_INFO)),
                logLevel(meta.get(LOG_LEVEL)), progressToken(meta.get("progressToken")));
    }

    private static Implementation clientInfo(JsonNode node) {
        if (node instanceof ObjectNode o && o.get("name") instanceof JsonNode name && name.isString()
                && o.get("version") instanceof JsonNode version && version.isString()) {
            JsonNode title = o.get("title");
            return new Implementation(name.stringValue(), version.stringValue(),
                    title != null && title.isString() ? title.stringValue() : null);
        }
        return Implementation.UNKNOWN;
    }

    private static LogLevel logLevel(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return LogLevel.parse(node.isString() ? node.stringValue() : null).orElseThrow(() ->
                McpProtocolException.invalidParams("Invalid params: " + LOG_LEVEL + " must be a logging level"));
    }

    private static JsonNode progressToken(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString() || node.isIntegralNumber()) {
            return node;
        }
        throw McpProtocolException.invalidParams("Invalid params: progressToken must be a string or an integer");
    }

    private static McpProtocolException missing(List<String> keys) {
        ArrayNode list = Json.array();
        keys.forEach(list::add);
        ObjectNode data = Json.object();
        data.putObject("envelope").set("missing", list);
        return new McpProtocolException(ErrorCodes.INVALID_PARAMS,
                "Invalid params: the request's _meta must carry " + String.join(" and ", keys), data);
    }

    /** The -32022 error for a version this server does not serve. */
    public static McpProtocolException unsupported(String requested) {
        ObjectNode data = Json.object();
        ArrayNode supported = data.putArray("supported");
        ProtocolVersion.ids(Era.MODERN).forEach(supported::add);
        data.put("requested", requested);
        return new McpProtocolException(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION,
                "Unsupported protocol version: " + requested, data);
    }
}
