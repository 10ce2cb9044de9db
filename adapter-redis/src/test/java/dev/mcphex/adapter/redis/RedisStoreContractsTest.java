package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.ports.driven.ClientResponseRelayContract;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.ContextStoreContract;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.EventLogContract;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.NotificationBusContract;
import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driven.SessionStoreContract;
import dev.mcphex.ports.driven.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The driven-port contracts, run against the Redis implementations. */
class RedisStoreContractsTest {
    private static RedisConnections redis;
    private final TestClock clock = new TestClock(Instant.now());

    @BeforeAll
    static void connect() {
        redis = RedisConnections.open(TestRedis.settings());
    }

    @AfterAll
    static void closeConnections() {
        redis.close();
    }

    @Nested
    class Sessions extends SessionStoreContract {
        private final SessionStore store = new RedisSessionStore(redis, clock, Duration.ofMillis(IDLE_TIMEOUT_MILLIS));

        @Override
        protected SessionStore store() {
            return store;
        }

        @Override
        protected void passTime(long millis) {
            clock.advance(millis);
        }
    }

    @Nested
    class Context extends ContextStoreContract {
        private final ContextStore store = new RedisContextStore(redis, clock);

        @Override
        protected ContextStore store() {
            return store;
        }

        @Override
        protected void passTime(long millis) {
            clock.advance(millis);
        }
    }

    @Nested
    class Events extends EventLogContract {
        private final EventLog log = new RedisEventLog(redis, Duration.ofMinutes(5), 100);

        @Override
        protected EventLog log() {
            return log;
        }
    }

    @Nested
    class Bus extends NotificationBusContract {
        private final RedisNotificationBus bus = new RedisNotificationBus(redis);

        @AfterEach
        void closeBus() {
            bus.close();
        }

        @Override
        protected NotificationBus bus() {
            return bus;
        }
    }

    @Nested
    class Relay extends ClientResponseRelayContract {
        private final RedisClientResponseRelay relay = new RedisClientResponseRelay(redis);

        @AfterEach
        void closeRelay() {
            relay.close();
        }

        @Override
        protected ClientResponseRelay relay() {
            return relay;
        }
    }
}
