package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets held in this process (Bucket4j): each key gets a bucket of {@code permits} that refills
 * gradually over {@code period}. Counts are per instance; a shared store makes them cluster-wide.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private record Entry(Limit limit, Bucket bucket) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> tryAcquire(String key, Limit limit) {
        Entry entry = buckets.compute(key, (k, old) -> old != null && old.limit().equals(limit) ? old
                : new Entry(limit, Bucket.builder()
                        .addLimit(l -> l.capacity(limit.permits()).refillGreedy(limit.permits(), limit.period()))
                        .build()));
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
