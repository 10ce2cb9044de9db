package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.jsonrpc.Json;
import io.lettuce.core.Range;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Context entries in Redis, shared by every instance. A scope is a hash of JSON values,
 * {@code <prefix>context:<scope>}, beside a sorted set {@code <prefix>context-expiry:<scope>} of each
 * entry's expiry time, which decides whether it is live. Both keys expire with the scope's
 * longest-lived entry, so an abandoned scope disappears by itself.
 */
public final class RedisContextStore implements ContextStore {
    private final RedisConnections redis;
    private final Clock clock;

    public RedisContextStore(RedisConnections redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    private String values(String scope) {
        return redis.key("context", scope);
    }

    private String expiries(String scope) {
        return redis.key("context-expiry", scope);
    }

    @Override
    public void put(String scope, String key, JsonNode value, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        String json = Json.write(value);
        long ttlMillis = ttl.toMillis();
        redis.call("store a context entry", r -> {
            r.hset(values(scope), key, json);
            r.zadd(expiries(scope), clock.millis() + ttlMillis, key);
            for (String k : new String[] {values(scope), expiries(scope)}) {
                if (r.pttl(k) < ttlMillis) {
                    r.pexpire(k, ttlMillis);
                }
            }
            return null;
        });
    }

    @Override
    public Optional<JsonNode> get(String scope, String key) {
        long now = clock.millis();
        String json = redis.call("read a context entry", r -> {
            Double expiresAt = r.zscore(expiries(scope), key);
            return expiresAt == null || expiresAt <= now ? null : r.hget(values(scope), key);
        });
        return Optional.ofNullable(json).map(Json::parse);
    }

    @Override
    public boolean delete(String scope, String key) {
        long now = clock.millis();
        return redis.call("delete a context entry", r -> {
            Double expiresAt = r.zscore(expiries(scope), key);
            r.zrem(expiries(scope), key);
            return r.hdel(values(scope), key) > 0 && expiresAt != null && expiresAt > now;
        });
    }

    @Override
    public Set<String> keys(String scope) {
        long now = clock.millis();
        return redis.call("list context keys", r -> {
            var expired = r.zrangebyscore(expiries(scope), Range.create(Double.NEGATIVE_INFINITY, (double) now));
            if (!expired.isEmpty()) {
                r.hdel(values(scope), expired.toArray(String[]::new));
                r.zrem(expiries(scope), expired.toArray(String[]::new));
            }
            return Set.copyOf(r.zrange(expiries(scope), 0, -1));
        });
    }
}
