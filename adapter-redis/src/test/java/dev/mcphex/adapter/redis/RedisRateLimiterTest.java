package dev.mcphex.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.RateLimiter;
import dev.mcphex.ports.driven.RateLimiter.Limit;
import dev.mcphex.ports.driven.RateLimiterContract;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rate-limiter contract against Redis, and one budget shared by two instances. */
class RedisRateLimiterTest {
    private static RedisConnections redis;

    @BeforeAll
    static void connect() {
        redis = RedisConnections.open(TestRedis.settings());
    }

    @AfterAll
    static void closeConnections() {
        redis.close();
    }

    @Nested
    class Contract extends RateLimiterContract {
        private final RateLimiter limiter = new RedisRateLimiter(redis);

        @Override
        protected RateLimiter limiter() {
            return limiter;
        }
    }

    @Nested
    class TwoInstances {
        private final RedisSettings settings = TestRedis.settings();
        private final RedisConnections first = RedisConnections.open(settings);
        private final RedisConnections second = RedisConnections.open(settings);

        @AfterEach
        void close() {
            first.close();
            second.close();
        }

        @Test
        void permitsTakenOnOneInstance_areGoneOnTheOther() {
            RateLimiter onFirst = new RedisRateLimiter(first);
            RateLimiter onSecond = new RedisRateLimiter(second);
            String key = "caller-" + UUID.randomUUID();
            Limit four = new Limit(4, Duration.ofHours(1));

            assertThat(onFirst.tryAcquire(key, four)).isEmpty();
            assertThat(onSecond.tryAcquire(key, four)).isEmpty();
            assertThat(onFirst.tryAcquire(key, four)).isEmpty();
            assertThat(onSecond.tryAcquire(key, four)).isEmpty();

            assertThat(onFirst.tryAcquire(key, four)).isPresent();
            assertThat(onSecond.tryAcquire(key, four)).isPresent();
        }

        @Test
        void bucketKeys_liveUnderTheServersPrefix_andExpire() {
            String key = "caller-" + UUID.randomUUID();
            new RedisRateLimiter(first).tryAcquire(key, new Limit(2, Duration.ofMinutes(1)));
            long ttl = first.call("read the bucket's expiry", r -> r.pttl(settings.keyPrefix() + "ratelimit:" + key));
            assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1).toMillis());
        }
    }
}
