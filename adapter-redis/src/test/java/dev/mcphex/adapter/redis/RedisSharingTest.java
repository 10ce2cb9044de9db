package dev.mcphex.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances, each with its own connections, sharing one Redis and one key prefix. */
class RedisSharingTest {
    private final RedisSettings settings = TestRedis.settings();
    private final RedisConnections first = RedisConnections.open(settings);
    private final RedisConnections second = RedisConnections.open(settings);

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void publishedEvent_reachesEveryInstance_includingThePublisher_exactlyOnce() throws Exception {
        List<ServerEvent> onFirst = new CopyOnWriteArrayList<>();
        List<ServerEvent> onSecond = new CopyOnWriteArrayList<>();
        try (var busA = new RedisNotificationBus(first); var busB = new RedisNotificationBus(second);
             var a = busA.subscribe(onFirst::add); var b = busB.subscribe(onSecond::add)) {
            busA.publish(new ServerEvent.ResourceUpdated("test://doc"));
            busA.publish(new ServerEvent.ToolsChanged());
            List<ServerEvent> expected = List.of(new ServerEvent.ResourceUpdated("test://doc"), new ServerEvent.ToolsChanged());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while ((onFirst.size() < 2 || onSecond.size() < 2) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
            assertThat(onFirst).containsExactlyElementsOf(expected);
            assertThat(onSecond).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void sessionSavedByOneInstance_isFoundByTheOther() {
        TestClock clock = new TestClock(Instant.now());
        var sessionOnA = new RedisSessionStore(first, clock, Duration.ofMinutes(1));
        var sessionOnB = new RedisSessionStore(second, clock, Duration.ofMinutes(1));
        var record = new SessionRecord("s-" + UUID.randomUUID(), ProtocolVersion.V2025_06_18,
                new Implementation("client", "2.0"), ClientCapabilities.NONE, "bob", LogLevel.WARNING, Set.of(), true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        sessionOnA.save(record);
        assertThat(sessionOnB.find(record.id())).contains(record);
    }

    @Test
    void stream_keepsAboutTheNewestEvents_andReplaysOnAnotherInstance() {
        var logA = new RedisEventLog(first, Duration.ofMinutes(1), 10);
        var logB = new RedisEventLog(second, Duration.ofMinutes(1), 10);
        String stream = logA.open("s1");
        String firstId = logA.append(stream, "0");
        for (int i = 1; i < 500; i++) {
            logA.append(stream, Integer.toString(i));
        }
        EventLog.Replay replay = logB.after("s1", firstId).orElseThrow();
        assertThat(replay.events().size()).isBetween(10, 200);
        assertThat(replay.events().getLast().data()).isEqualTo("499");
    }
}
