package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.StoreUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The one Redis client of a server and its shared connection. Commands time out after the
 * settings' command timeout; while the connection is lost they fail at once (rather than queue), and
 * the client reconnects by itself in the background. Every Lettuce exception becomes a
 * {@link StoreUnavailableException} here, before it can cross a port.
 */
public final class RedisConnections implements AutoCloseable {
    /** How many connections for blocking commands are kept for reuse when idle. */
    private static final int IDLE_BLOCKING_CONNECTIONS = 4;

    private final RedisSettings settings;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final Queue<StatefulRedisConnection<String, String>> idleBlocking = new ConcurrentLinkedQueue<>();

    private RedisConnections(RedisSettings settings, RedisClient client,
                             StatefulRedisConnection<String, String> connection) {
        this.settings = settings;
        this.client = client;
        this.connection = connection;
    }

    /**
     * Connects to Redis.
     *
     * @throws StoreUnavailableException if Redis cannot be reached now
     */
    public static RedisConnections open(RedisSettings settings) {
        RedisURI.Builder uri = RedisURI.builder().withHost(settings.host()).withPort(settings.port())
                .withDatabase(settings.database()).withSsl(settings.tls()).withTimeout(settings.commandTimeout());
        if (settings.password() != null) {
            uri = settings.username() == null ? uri.withPassword(settings.password().toCharArray())
                    : uri.withAuthentication(settings.username(), settings.password().toCharArray());
        }
        RedisClient client = RedisClient.create(uri.build());
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(settings.commandTimeout()).build())
                .build());
        try {
            return new RedisConnections(settings, client, client.connect());
        } catch (RedisException e) {
            client.shutdown();
            throw unavailable("connect to " + settings, e);
        }
    }

    public RedisSettings settings() {
        return settings;
    }

    /** A key or channel name under this server's prefix. */
    String key(String... parts) {
        return settings.keyPrefix() + String.join(":", parts);
    }

    /**
     * Runs commands on the shared connection.
     *
     * @param what what the commands do, for the error message
     * @throws StoreUnavailableException if Redis is unreachable, too slow, or refuses the commands
     */
    <T> T call(String what, Function<RedisCommands<String, String>, T> commands) {
        try {
            return commands.apply(connection.sync());
        } catch (RedisException e) {
            throw unavailable(what, e);
        }
    }

    /**
     * Runs a blocking command ({@code XREAD BLOCK}) on a connection of its own, so that it holds up no
     * command on the shared connection. The command must block for less than the command timeout.
     * Connections are reused; one that failed is closed.
     *
     * @throws StoreUnavailableException if Redis is unreachable, too slow, or refuses the command
     */
    <T> T callBlocking(String what, Function<RedisCommands<String, String>, T> commands) {
        StatefulRedisConnection<String, String> own = idleBlocking.poll();
        try {
            if (own == null) {
                own = client.connect();
            }
            T result = commands.apply(own.sync());
            if (idleBlocking.size() < IDLE_BLOCKING_CONNECTIONS) {
                idleBlocking.offer(own);
            } else {
                own.close();
            }
            return result;
        } catch (RedisException e) {
            if (own != null) {
                own.close();
            }
            throw unavailable(what, e);
        }
    }

    /** A new connection for subscriptions; Lettuce subscribes it again after a reconnect. */
    StatefulRedisPubSubConnection<String, String> connectPubSub() {
        try {
            return client.connectPubSub();
        } catch (RedisException e) {
            throw unavailable("open a subscription connection to " + settings, e);
        }
    }

    static StoreUnavailableException unavailable(String what, RedisException e) {
        return new StoreUnavailableException("Redis could not " + what + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        for (var idle = idleBlocking.poll(); idle != null; idle = idleBlocking.poll()) {
            idle.close();
        }
        connection.close();
        client.shutdown();
    }
}
