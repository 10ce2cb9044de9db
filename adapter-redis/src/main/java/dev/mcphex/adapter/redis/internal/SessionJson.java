package dev.mcphex.adapter.redis.internal;

import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A {@link SessionRecord} as the JSON stored in Redis, field by field so that the format is explicit. */
public final class SessionJson {
    private SessionJson() {
    }

    public static String write(SessionRecord session) {
        ObjectNode node = Json.object().put("id", session.id()).put("protocolVersion", session.protocolVersion().id());
        ObjectNode client = node.putObject("clientInfo").put("name", session.clientInfo().name())
                .put("version", session.clientInfo().version());
        if (session.clientInfo().title() != null) {
            client.put("title", session.clientInfo().title());
        }
        node.set("clientCapabilities", session.clientCapabilities().raw());
        node.put("owner", session.owner()).put("logLevel", session.logLevel().wire());
        ArrayNode subscriptions = node.putArray("subscriptions");
        session.subscriptions().forEach(subscriptions::add);
        node.put("initialized", session.initialized()).put("createdAt", session.createdAt().toString());
        return Json.write(node);
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IllegalStateException if the stored value is not a session
     */
    public static SessionRecord read(String json) {
        JsonNode node = Json.parse(json);
        String version = node.path("protocolVersion").asString();
        String level = node.path("logLevel").asString();
        JsonNode client = node.path("clientInfo");
        Set<String> subscriptions = new HashSet<>();
        node.path("subscriptions").forEach(uri -> subscriptions.add(uri.asString()));
        return new SessionRecord(node.path("id").asString(),
                ProtocolVersion.parse(version).orElseThrow(() -> corrupt("protocol version " + version)),
                new Implementation(client.path("name").asString(), client.path("version").asString(),
                        client.hasNonNull("title") ? client.get("title").asString() : null),
                ClientCapabilities.of(node.get("clientCapabilities")), node.path("owner").asString(),
                LogLevel.parse(level).orElseThrow(() -> corrupt("log level " + level)), subscriptions,
                node.path("initialized").asBoolean(), Instant.parse(node.path("createdAt").asString()));
    }

    private static IllegalStateException corrupt(String what) {
        return new IllegalStateException("a stored session has an unknown " + what);
    }
}
