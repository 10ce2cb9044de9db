package dev.mcphex.ports.driven;

import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The durable state of one legacy (initialize-based) session: everything another instance needs to
 * continue it.
 *
 * @param id                 the session id, cryptographically random and visible ASCII
 * @param protocolVersion    the negotiated revision
 * @param clientInfo         the client's implementation info
 * @param clientCapabilities the client's declared capabilities
 * @param owner              the subject of the principal that created it
 * @param logLevel           the threshold set by {@code logging/setLevel}
 * @param subscriptions      resource URIs the client subscribed to
 * @param initialized        whether {@code notifications/initialized} arrived
 * @param createdAt          creation time
 */
public record SessionRecord(String id, ProtocolVersion protocolVersion, Implementation clientInfo,
                            ClientCapabilities clientCapabilities, String owner, LogLevel logLevel,
                            Set<String> subscriptions, boolean initialized, Instant createdAt) {
    public SessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(clientInfo, "clientInfo");
        Objects.requireNonNull(clientCapabilities, "clientCapabilities");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(logLevel, "logLevel");
        subscriptions = subscriptions == null ? Set.of() : Set.copyOf(subscriptions);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public SessionRecord withLogLevel(LogLevel level) {
        return new SessionRecord(id, protocolVersion, clientInfo, clientCapabilities, owner, level, subscriptions,
                initialized, createdAt);
    }

    public SessionRecord withSubscriptions(Set<String> uris) {
        return new SessionRecord(id, protocolVersion, clientInfo, clientCapabilities, owner, logLevel, uris,
                initialized, createdAt);
    }

    public SessionRecord markInitialized() {
        return new SessionRecord(id, protocolVersion, clientInfo, clientCapabilities, owner, logLevel, subscriptions,
                true, createdAt);
    }
}
