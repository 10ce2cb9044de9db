package dev.mcphex.adapter.redis;

import dev.mcphex.ports.driven.EventLog;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XReadArgs;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stream events in Redis Streams, so that a client may resume on any instance. Each stream is a
 * Redis stream {@code <prefix>events:<id>} capped near {@code maxEventsPerStream} entries
 * ({@code XADD MAXLEN ~}), beside a hash {@code <prefix>events-meta:<id>} naming the owning session
 * and whether the stream is complete. Both expire {@code ttl} after the last write. An event's id is
 * {@code <stream id>:<Redis entry id>}. A reader following a stream waits with {@code XREAD BLOCK}
 * on a connection of its own, each block shorter than the command timeout; completion ends a wait at
 * the latest when its block does.
 */
public final class RedisEventLog implements EventLog {
    private static final SecureRandom RANDOM = new SecureRandom();
    // A Redis stream entry id, or the priming event's "0", which XRANGE reads as 0-0: before every entry.
    private static final Pattern ENTRY_ID = Pattern.compile("\\d{1,19}(-\\d{1,19})?");
    private static final Pattern STREAM_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String SESSION = "session";
    private static final String COMPLETE = "complete";
    private static final String DATA = "d";

    private final RedisConnections redis;
    private final long ttlMillis;
    private final int maxEventsPerStream;
    private final long maxBlockMillis;

    public RedisEventLog(RedisConnections redis, Duration ttl, int maxEventsPerStream) {
        if (maxEventsPerStream < 1) {
            throw new IllegalArgumentException("maxEventsPerStream must be positive");
        }
        this.redis = redis;
        this.ttlMillis = ttl.toMillis();
        this.maxEventsPerStream = maxEventsPerStream;
        this.maxBlockMillis = Math.max(1, redis.settings().commandTimeout().toMillis() / 2);
    }

    private String events(String streamId) {
        return redis.key("events", streamId);
    }

    private String meta(String streamId) {
        return redis.key("events-meta", streamId);
    }

    @Override
    public String open(String sessionId) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        redis.call("open an event stream", r -> {
            r.hset(meta(id), SESSION, sessionId);
            return r.pexpire(meta(id), ttlMillis);
        });
        return id;
    }

    @Override
    public String append(String streamId, String data) {
        String entryId = redis.call("append an event", r -> {
            String added = r.xadd(events(streamId), XAddArgs.Builder.maxlen(maxEventsPerStream).approximateTrimming(),
                    Map.of(DATA, data));
            r.pexpire(events(streamId), ttlMillis);
            r.pexpire(meta(streamId), ttlMillis);
            return added;
        });
        return streamId + ":" + entryId;
    }

    @Override
    public Optional<Replay> after(String sessionId, String lastEventId) {
        return awaitAfter(sessionId, lastEventId, Duration.ZERO);
    }

    @Override
    public Optional<Replay> awaitAfter(String sessionId, String lastEventId, Duration wait) {
        int colon = lastEventId == null ? -1 : lastEventId.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String streamId = lastEventId.substring(0, colon);
        String entryId = lastEventId.substring(colon + 1);
        if (!STREAM_ID.matcher(streamId).matches() || !ENTRY_ID.matcher(entryId).matches()) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Replay> replay = read(sessionId, streamId, entryId);
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (replay.isEmpty() || !replay.get().events().isEmpty() || replay.get().complete() || leftMillis <= 0) {
                return replay;
            }
            // BLOCK 0 would wait for ever: every block is at least a millisecond.
            long block = Math.clamp(leftMillis, 1, maxBlockMillis);
            redis.callBlocking("wait for events", r -> r.xread(XReadArgs.Builder.block(block),
                    XReadArgs.StreamOffset.from(events(streamId), entryId)));
        }
    }

    private Optional<Replay> read(String sessionId, String streamId, String entryId) {
        return redis.call("replay events", r -> {
            Map<String, String> owner = r.hgetall(meta(streamId));
            if (!sessionId.equals(owner.get(SESSION))) {
                return Optional.empty();
            }
            List<StreamMessage<String, String>> later = r.xrange(events(streamId),
                    Range.from(Range.Boundary.excluding(entryId), Range.Boundary.unbounded()));
            return Optional.of(new Replay(streamId,
                    later.stream().map(m -> new StoredEvent(streamId + ":" + m.getId(), m.getBody().get(DATA))).toList(),
                    owner.containsKey(COMPLETE)));
        });
    }

    @Override
    public void complete(String streamId) {
        redis.call("complete an event stream", r -> {
            if (r.exists(meta(streamId)) > 0) {
                r.hset(meta(streamId), COMPLETE, "1");
                r.pexpire(meta(streamId), ttlMillis);
            }
            return null;
        });
    }
}
