package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.StoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import redis.embedded.RedisServer;

/**
 * The Redis the tests talk to: the one {@code MCP_TEST_REDIS_URL} names when it is set and answers,
 * otherwise a Redis started from the embedded-redis jar for this test run. Each caller gets its own
 * key prefix, so tests never see each other's keys.
 */
public final class TestRedis {
    private static RedisSettings shared;
    private static String url;

    private TestRedis() {
    }

    /** Settings for a fresh, unused key prefix on the shared test Redis. */
    static synchronized RedisSettings settings() {
        if (shared == null) {
            shared = locate();
        }
        return shared.withKeyPrefix("mcphex-test:" + UUID.randomUUID() + ":");
    }

    /**
     * The shared test Redis's URL, as {@code MCP_REDIS_URL} takes it, for tests that configure a whole
     * server (they use the default key prefix).
     */
    public static synchronized String url() {
        settings();
        return url;
    }

    private static RedisSettings locate() {
        String url = System.getenv("MCP_TEST_REDIS_URL");
        if (url != null && !url.isBlank()) {
            RedisSettings settings = RedisSettings.parse(url);
            try (var probe = RedisConnections.open(settings)) {
                TestRedis.url = url;
                return settings;
            } catch (StoreUnavailableException e) {
                System.err.println("MCP_TEST_REDIS_URL does not answer, starting an embedded Redis: " + e.getMessage());
            }
        }
        Embedded embedded = Embedded.start(freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop));
        TestRedis.url = "redis://127.0.0.1:" + embedded.port();
        return embedded.settings();
    }

    /** A port nothing listens on now. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Redis server process owned by a test: nothing persisted, bound to the loopback address. */
    public record Embedded(RedisServer server, int port) {
        /** Starts a server on {@code port}. */
        public static Embedded start(int port) {
            try {
                RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                        .setting("save \"\"").setting("appendonly no").build();
                server.start();
                return new Embedded(server, port);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded Redis", e);
            }
        }

        public RedisSettings settings() {
            return RedisSettings.parse("redis://127.0.0.1:" + port);
        }

        /** Starts the stopped server again, on the same port. */
        public void restart() {
            try {
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not restart the embedded Redis", e);
            }
        }

        /** Stops the server, if it runs. */
        public void stop() {
            try {
                if (server.isActive()) {
                    server.stop();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not stop the embedded Redis", e);
            }
        }
    }
}
