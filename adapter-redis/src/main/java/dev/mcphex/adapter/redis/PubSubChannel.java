package dev.mcphex.adapter.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Redis pub/sub channel with local listeners. The instance subscribes once; every message,
 * including those this instance published, reaches each local listener exactly once, in publishing
 * order, on one thread of its own so that slow listeners never stall Redis I/O.
 */
final class PubSubChannel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PubSubChannel.class);

    private final RedisConnections redis;
    private final String channel;
    private final StatefulRedisPubSubConnection<String, String> subscription;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher;

    PubSubChannel(RedisConnections redis, String channel) {
        this.redis = redis;
        this.channel = channel;
        this.dispatcher = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
                .name("mcphex-redis-" + channel).factory());
        this.subscription = redis.connectPubSub();
        subscription.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (channel.equals(from)) {
                    dispatcher.execute(() -> dispatch(message));
                }
            }
        });
        try {
            subscription.sync().subscribe(channel);
        } catch (RedisException e) {
            close();
            throw RedisConnections.unavailable("subscribe to " + channel, e);
        }
    }

    private void dispatch(String message) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                LOG.warn("A listener of {} failed", channel, e);
            }
        }
    }

    void publish(String message) {
        redis.call("publish on " + channel, r -> r.publish(channel, message));
    }

    AutoCloseable listen(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        subscription.close();
        dispatcher.shutdown();
    }
}
