package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HealthCheck;
import dev.mcphex.ports.driven.StoreUnavailableException;

/**
 * Reports Redis as {@code UP} when it answers {@code PING} within the command timeout, {@code DEGRADED}
 * otherwise: without Redis an instance still serves the modern protocol era, which keeps no state
 * between requests, so losing it degrades the server rather than taking it down.
 */
public final class RedisHealthCheck implements HealthCheck {
    private final RedisConnections redis;

    public RedisHealthCheck(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public String component() {
        return "redis";
    }

    @Override
    public Health check() {
        try {
            String answer = redis.call("answer PING", r -> r.ping());
            return "PONG".equals(answer) ? Health.up()
                    : new Health(Health.Status.DEGRADED, "unexpected answer to PING: " + answer);
        } catch (StoreUnavailableException e) {
            return new Health(Health.Status.DEGRADED, e.getMessage());
        }
    }
}
