package dev.mcphex.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.RateLimiter;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.jsonrpc.Json;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Losing Redis and getting it back, against a Redis process this test owns (never a shared one):
 * commands fail fast with a clear error while it is gone, and the client comes back by itself.
 */
class RedisOutageIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final TestRedis.Embedded server = TestRedis.Embedded.start(TestRedis.freePort());
    private final RedisConnections redis = connect(server.settings().withCommandTimeout(TIMEOUT));
    private final RedisHealthCheck health = new RedisHealthCheck(redis);
    private final RedisContextStore context = new RedisContextStore(redis, Clock.systemUTC());

    @AfterEach
    void stop() {
        redis.close();
        server.stop();
    }

    @Test
    void lostRedis_failsFastAndReportsDegraded_thenReconnectsByItself() throws Exception {
        context.put("scope", "k", Json.parse("1"), Duration.ofMinutes(1));
        assertThat(health.check().status()).isEqualTo(Health.Status.UP);

        server.stop();

        long started = System.nanoTime();
        assertThatThrownBy(() -> context.get("scope", "k"))
                .isInstanceOf(StoreUnavailableException.class).hasMessageStartingWith("Redis could not read a context entry");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(4));
        Health lost = health.check();
        assertThat(lost.status()).isEqualTo(Health.Status.DEGRADED);
        assertThat(lost.detail()).startsWith("Redis could not");

        server.restart();

        awaitUp();
        context.put("scope", "k", Json.parse("2"), Duration.ofMinutes(1));
        assertThat(context.get("scope", "k")).contains(Json.parse("2"));
    }

    @Test
    void rateLimiter_admitsCallsWhileRedisIsGone_andLimitsAgainOnceItIsBack() throws Exception {
        var limiter = new RedisRateLimiter(redis);
        var once = new RateLimiter.Limit(1, Duration.ofHours(1));
        assertThat(limiter.tryAcquire("caller", once)).isEmpty();
        assertThat(limiter.tryAcquire("caller", once)).isPresent();

        server.stop();

        assertThat(limiter.tryAcquire("caller", once)).isEmpty();
        assertThat(limiter.tryAcquire("caller", once)).isEmpty();

        server.restart();

        awaitUp();
        assertThat(limiter.tryAcquire("another caller", once)).isEmpty();
        assertThat(limiter.tryAcquire("another caller", once)).isPresent();
    }

    @Test
    void subscriptions_resumeAfterAReconnect() throws Exception {
        List<ServerEvent> received = new CopyOnWriteArrayList<>();
        try (var bus = new RedisNotificationBus(redis); var subscription = bus.subscribe(received::add)) {
            server.stop();
            assertThatThrownBy(() -> bus.publish(new ServerEvent.ToolsChanged()))
                    .isInstanceOf(StoreUnavailableException.class);
            server.restart();
            awaitUp();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                bus.publish(new ServerEvent.PromptsChanged());
                Thread.sleep(200);
            }
            assertThat(received).contains(new ServerEvent.PromptsChanged());
        }
    }

    /** Connects to the freshly started server, which a busy machine may need a moment to ready. */
    private static RedisConnections connect(RedisSettings settings) {
        for (int attempt = 1; ; attempt++) {
            try {
                return RedisConnections.open(settings);
            } catch (StoreUnavailableException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private void awaitUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (health.check().status() != Health.Status.UP && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(health.check().status()).isEqualTo(Health.Status.UP);
    }
}
