package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.jsonrpc.Json;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries {@link ServerEvent}s between every instance over the Redis channel
 * {@code <prefix>server-events}, as small JSON objects such as {@code {"type":"tools"}} or
 * {@code {"type":"resource","uri":"…"}} or {@code {"type":"task","taskId":"…"}}. An event published here reaches this instance's listeners
 * too, through Redis, exactly once.
 */
public final class RedisNotificationBus implements NotificationBus, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisNotificationBus.class);

    private final PubSubChannel channel;

    public RedisNotificationBus(RedisConnections redis) {
        this.channel = new PubSubChannel(redis, redis.key("server-events"));
    }

    @Override
    public void publish(ServerEvent event) {
        ObjectNode json = Json.object();
        switch (event) {
            case ServerEvent.ToolsChanged t -> json.put("type", "tools");
            case ServerEvent.PromptsChanged p -> json.put("type", "prompts");
            case ServerEvent.ResourcesChanged r -> json.put("type", "resources");
            case ServerEvent.ResourceUpdated u -> json.put("type", "resource").put("uri", u.uri());
            case ServerEvent.TaskChanged t -> json.put("type", "task").put("taskId", t.taskId());
        }
        channel.publish(Json.write(json));
    }

    @Override
    public AutoCloseable subscribe(Consumer<ServerEvent> listener) {
        return channel.listen(message -> {
            ServerEvent event = read(message);
            if (event != null) {
                listener.accept(event);
            }
        });
    }

    private static ServerEvent read(String message) {
        try {
            JsonNode json = Json.parse(message);
            return switch (json.path("type").asString("")) {
                case "tools" -> new ServerEvent.ToolsChanged();
                case "prompts" -> new ServerEvent.PromptsChanged();
                case "resources" -> new ServerEvent.ResourcesChanged();
                case "resource" -> json.hasNonNull("uri") ? new ServerEvent.ResourceUpdated(json.get("uri").asString())
                        : unknown(message);
                case "task" -> json.hasNonNull("taskId") ? new ServerEvent.TaskChanged(json.get("taskId").asString())
                        : unknown(message);
                default -> unknown(message);
            };
        } catch (JacksonException e) {
            return unknown(message);
        }
    }

    private static ServerEvent unknown(String message) {
        LOG.warn("Ignoring an unknown server event: {}", message);
        return null;
    }

    @Override
    public void close() {
        channel.close();
    }
}
