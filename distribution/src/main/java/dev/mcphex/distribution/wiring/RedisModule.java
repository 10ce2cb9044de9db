package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.adapter.redis.RedisClientResponseRelay;
import dev.mcphex.adapter.redis.RedisConnections;
import dev.mcphex.adapter.redis.RedisContextStore;
import dev.mcphex.adapter.redis.RedisEventLog;
import dev.mcphex.adapter.redis.RedisHealthCheck;
import dev.mcphex.adapter.redis.RedisNotificationBus;
import dev.mcphex.adapter.redis.RedisRateLimiter;
import dev.mcphex.adapter.redis.RedisSessionStore;
import dev.mcphex.adapter.redis.RedisSettings;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.config.SessionConfig;
import dev.mcphex.domain.legacy.NearCachedSessionStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * State on Redis, shared by every instance behind a load balancer, when {@code MCP_REDIS_URL} (or
 * {@code REDIS_URL}) names one;
 * rate limits then count every instance's calls against one budget.
 */
final class RedisModule extends AbstractModule {
    static final String URL = "MCP_REDIS_URL";
    static final String FALLBACK_URL = "REDIS_URL";

    /** The configured Redis URL, if any. */
    static Optional<String> url(Environment environment) {
        return environment.get(URL).or(() -> environment.get(FALLBACK_URL)).filter(u -> !u.isBlank());
    }

    @Provides
    @Singleton
    RedisSettings settings(Environment environment) {
        String url = url(environment).orElseThrow();
        try {
            return RedisSettings.parse(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(URL + ": " + e.getMessage());
        }
    }

    @Provides
    @Singleton
    RedisConnections connections(RedisSettings settings) {
        return RedisConnections.open(settings);
    }

    @Provides
    @Singleton
    Stores stores(RedisConnections redis, SessionConfig sessions) {
        Clock clock = Clock.systemUTC();
        return new Stores(new NearCachedSessionStore(new RedisSessionStore(redis, clock, sessions.idleTimeout()), clock,
                        sessions.revalidateAfter()),
                new RedisEventLog(redis, Stores.EVENT_TTL, Stores.EVENTS_PER_STREAM), new RedisNotificationBus(redis),
                new RedisContextStore(redis, clock), new RedisClientResponseRelay(redis),
                new RedisRateLimiter(redis),
                List.of(new RedisHealthCheck(redis)));
    }
}
