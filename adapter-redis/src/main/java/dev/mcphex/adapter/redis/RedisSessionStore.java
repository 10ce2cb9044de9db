package dev.mcphex.adapter.redis;

import dev.mcphex.adapter.redis.internal.SessionJson;
import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.SessionStore;
import io.lettuce.core.GetExArgs;
import io.lettuce.core.Range;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Legacy sessions in Redis, shared by every instance: each session a JSON string under
 * {@code <prefix>session:<id>}, and a sorted set {@code <prefix>sessions} of their expiry times,
 * which decides whether a session is live and makes {@link #count()} cheap. Every access pushes
 * both expiries back (sliding expiry); Redis drops the value itself once it is idle.
 */
public final class RedisSessionStore implements SessionStore {
    private final RedisConnections redis;
    private final Clock clock;
    private final Duration idleTimeout;
    private final String index;

    public RedisSessionStore(RedisConnections redis, Clock clock, Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        this.redis = redis;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.index = redis.key("sessions");
    }

    private String key(String id) {
        return redis.key("session", id);
    }

    @Override
    public void save(SessionRecord session) {
        String json = SessionJson.write(session);
        redis.call("save a session", r -> {
            r.psetex(key(session.id()), idleTimeout.toMillis(), json);
            return r.zadd(index, clock.millis() + idleTimeout.toMillis(), session.id());
        });
    }

    @Override
    public Optional<SessionRecord> find(String id) {
        long now = clock.millis();
        String json = redis.call("read a session", r -> {
            Double expiresAt = r.zscore(index, id);
            if (expiresAt == null || expiresAt <= now) {
                return null;
            }
            String value = r.getex(key(id), GetExArgs.Builder.px(idleTimeout.toMillis()));
            if (value == null) {
                r.zrem(index, id);
            } else {
                r.zadd(index, now + idleTimeout.toMillis(), id);
            }
            return value;
        });
        return Optional.ofNullable(json).map(SessionJson::read);
    }

    @Override
    public boolean delete(String id) {
        long now = clock.millis();
        return redis.call("delete a session", r -> {
            Double expiresAt = r.zscore(index, id);
            r.zrem(index, id);
            long removed = r.del(key(id));
            return removed > 0 && expiresAt != null && expiresAt > now;
        });
    }

    @Override
    public long count() {
        long now = clock.millis();
        return redis.call("count sessions", r -> {
            r.zremrangebyscore(index, Range.create(Double.NEGATIVE_INFINITY, (double) now));
            return r.zcard(index);
        });
    }
}
