package dev.mcphex.domain.wire;

import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.databind.node.ObjectNode;

/** The {@code _meta} a 2026-07-28 client puts on every request. */
final class Envelope {
    static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";

    private Envelope() {
    }

    /** A client that can answer every kind of ask. */
    static ObjectNode full() {
        ObjectNode meta = Json.object().put(PROTOCOL_VERSION, ModernConversation.VERSION);
        ObjectNode capabilities = meta.putObject(CLIENT_CAPABILITIES);
        ObjectNode elicitation = capabilities.putObject("elicitation");
        elicitation.putObject("form");
        elicitation.putObject("url");
        capabilities.putObject("sampling");
        capabilities.putObject("roots");
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "wire-test").put("version", "1.0.0");
        return meta;
    }
}
