package dev.mcphex.adapter.redis;

import dev.mcphex.adapter.redis.internal.SessionJson;
import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.SessionStore;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Legacy sessions in Redis, shared by every instance: each session a JSON string under
 * {@code <prefix>session:<id>}, and a sorted set {@code <prefix>sessions} of their expiry times,
 * which decides whether a session is live and makes {@link #count()} cheap. Every access pushes
 * both expiries back (sliding expiry), in one round trip (a script); Redis drops the value itself once
 * it is idle.
 */
public final class RedisSessionStore implements SessionStore {
    /**
     * KEYS[1] the expiry index, KEYS[2] the session; ARGV[1] its id, ARGV[2] now, ARGV[3] the idle
     * timeout, ARGV[4] the new expiry (all ms). Returns the session's JSON, or nil when it is not live.
     */
    private static final RedisScript FIND = new RedisScript("""
            local expiresAt = redis.call('ZSCORE', KEYS[1], ARGV[1])
            if not expiresAt or tonumber(expiresAt) <= tonumber(ARGV[2]) then
              return false
            end
            local value = redis.call('GETEX', KEYS[2], 'PX', ARGV[3])
            if value then
              redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
            else
              redis.call('ZREM', KEYS[1], ARGV[1])
            end
            return value
            """);

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
        String[] keys = {index, key(id)};
        String json = redis.call("read a session", r -> FIND.<String>run(r, ScriptOutputType.VALUE, keys, id,
                Long.toString(now), Long.toString(idleTimeout.toMillis()), Long.toString(now + idleTimeout.toMillis())));
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
