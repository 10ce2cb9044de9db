package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.RateLimiter;
import dev.mcphex.ports.driven.StoreUnavailableException;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets in Redis, so every instance draws on one budget per key. A bucket is a hash
 * {@code <prefix>ratelimit:<key>} of its tokens and when it was last refilled; one Lua script refills it
 * by the time passed, takes a token and sets its expiry, atomically, timed by the Redis server's clock
 * so that instances whose clocks differ still agree. A bucket left alone for a full period is full
 * again, so it expires then.
 *
 * <p>The limiter <b>fails open</b>: while Redis cannot be reached every call is admitted, rather than
 * refusing all traffic because of a store outage. It logs a warning once when Redis stops answering
 * and once when it answers again.
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);

    /** KEYS[1] the bucket; ARGV[1] its capacity, ARGV[2] its refill period in ms. Returns the ms to wait, 0 if admitted. */
    private static final RedisScript TAKE_TOKEN = new RedisScript("""
            local capacity = tonumber(ARGV[1])
            local period = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or capacity
            local at = tonumber(state[2]) or now
            local rate = capacity / period
            if now > at then
              tokens = math.min(capacity, tokens + (now - at) * rate)
              at = now
            end
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.ceil((1 - tokens) / rate)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
            redis.call('PEXPIRE', KEYS[1], period)
            return wait
            """);

    private final RedisConnections redis;
    private final AtomicBoolean failing = new AtomicBoolean();

    public RedisRateLimiter(RedisConnections redis) {
        this.redis = redis;
    }

    /** {@inheritDoc} Admits the call when Redis cannot be reached. */
    @Override
    public Optional<Duration> tryAcquire(String key, Limit limit) {
        long waitMillis;
        try {
            waitMillis = take(key, limit);
        } catch (StoreUnavailableException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.warn("Rate limits are not enforced until Redis answers again: {}", e.getMessage(), e);
            }
            return Optional.empty();
        }
        if (failing.compareAndSet(true, false)) {
            LOG.info("Redis answers again; rate limits are enforced");
        }
        return waitMillis <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
    }

    private long take(String key, Limit limit) {
        String[] keys = {redis.key("ratelimit", key)};
        String[] args = {Long.toString(limit.permits()), Long.toString(Math.max(1, limit.period().toMillis()))};
        return redis.call("take a rate-limit permit", r -> TAKE_TOKEN.<Long>run(r, ScriptOutputType.INTEGER, keys, args));
    }
}
