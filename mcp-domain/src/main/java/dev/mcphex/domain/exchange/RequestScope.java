package dev.mcphex.domain.exchange;

import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Era;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Principal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything known about one request while it is handled.
 *
 * @param id                 the request id
 * @param method             the method
 * @param params             the params object, empty when absent
 * @param version            the protocol revision it is served at
 * @param principal          the caller
 * @param clientCapabilities what the client declared (at initialize, or in this request's {@code _meta})
 * @param clientInfo         the client's implementation
 * @param logThreshold       the least severe level to send, or {@code null} to send no log messages
 * @param progressToken      the progress token, or {@code null}
 * @param cancellation       this request's cancellation
 * @param sink               where related messages go
 * @param sessionId          the legacy session, or {@code null} in the modern era
 */
public record RequestScope(RequestId id, String method, ObjectNode params, ProtocolVersion version,
                           Principal principal, ClientCapabilities clientCapabilities, Implementation clientInfo,
                           LogLevel logThreshold, JsonNode progressToken, Cancellation cancellation,
                           MessageSink sink, String sessionId) {

    public Era era() {
        return version.era();
    }

    public boolean modern() {
        return version.era() == Era.MODERN;
    }

    /** Stamps a result as complete: {@code resultType} in the modern era, unchanged in the legacy era. */
    public ObjectNode complete(ObjectNode result) {
        if (modern()) {
            result.put("resultType", "complete");
        }
        return result;
    }

    /** Stamps a cacheable result: {@code resultType}, {@code ttlMs} and {@code cacheScope} in the modern era. */
    public ObjectNode cacheable(ObjectNode result, long ttlMs, boolean shared) {
        if (modern()) {
            result.put("resultType", "complete");
            result.put("ttlMs", ttlMs);
            result.put("cacheScope", shared ? "public" : "private");
        }
        return result;
    }
}
