package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relays legacy clients' responses between instances over the Redis channel
 * {@code <prefix>client-responses}, as {@code {"session":"…","message":{…JSON-RPC…}}}.
 */
public final class RedisClientResponseRelay implements ClientResponseRelay, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisClientResponseRelay.class);

    private final PubSubChannel channel;

    public RedisClientResponseRelay(RedisConnections redis) {
        this.channel = new PubSubChannel(redis, redis.key("client-responses"));
    }

    @Override
    public void publish(String sessionId, JsonRpcMessage response) {
        ObjectNode envelope = Json.object().put("session", sessionId);
        envelope.set("message", JsonRpcCodec.toTree(response));
        channel.publish(Json.write(envelope));
    }

    @Override
    public AutoCloseable subscribe(BiConsumer<String, JsonRpcMessage> handler) {
        return channel.listen(message -> {
            try {
                JsonNode envelope = Json.parse(message);
                if (envelope.path("session").isString()
                        && JsonRpcCodec.readTree(envelope.path("message")) instanceof Inbound.Single single) {
                    handler.accept(envelope.get("session").stringValue(), single.message());
                    return;
                }
            } catch (JacksonException e) {
                LOG.debug("Unreadable relayed response", e);
            }
            LOG.warn("Ignoring a malformed relayed response");
        });
    }

    @Override
    public void close() {
        channel.close();
    }
}
