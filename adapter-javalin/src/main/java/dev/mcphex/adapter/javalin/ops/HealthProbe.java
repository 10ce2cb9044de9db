package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every health check in parallel, each on a virtual thread, and waits at most a fixed time for all of them.
 * A check that does not answer in time, or throws, reports {@link Health.Status#DOWN}. A check still running
 * from an earlier probe is waited for again rather than started twice, so a hung dependency costs one thread.
 */
final class HealthProbe {
    private static final Logger LOG = LoggerFactory.getLogger(HealthProbe.class);

    private final List<Probe> probes;
    private final Duration timeout;
    private final Clock clock;

    HealthProbe(List<HealthCheck> checks, Duration timeout, Clock clock) {
        this.probes = checks.stream().map(Probe::new).toList();
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("health check timeout must be positive: " + timeout);
        }
    }

    HealthReport run() {
        List<FutureTask<Health>> tasks = probes.stream().map(Probe::start).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Health> components = new LinkedHashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            Health health = await(probes.get(i).component, tasks.get(i), deadline);
            components.merge(probes.get(i).component, health, HealthProbe::worse);
        }
        return new HealthReport(components, clock.instant());
    }

    private Health await(String component, FutureTask<Health> task, long deadline) {
        try {
            Health health = task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return health != null ? health : new Health(Health.Status.DOWN, "check gave no result");
        } catch (TimeoutException e) {
            LOG.warn("Health check {} did not answer within {} ms", component, timeout.toMillis());
            return new Health(Health.Status.DOWN, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            LOG.warn("Health check {} failed", component, e.getCause());
            return new Health(Health.Status.DOWN, "check failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Health(Health.Status.DOWN, "check interrupted");
        }
    }

    private static Health worse(Health a, Health b) {
        return a.status().compareTo(b.status()) >= 0 ? a : b;
    }

    /** One check and its latest run. */
    private static final class Probe {
        private final HealthCheck check;
        private final String component;
        private final AtomicReference<FutureTask<Health>> latest = new AtomicReference<>();

        Probe(HealthCheck check) {
            this.check = Objects.requireNonNull(check, "check");
            this.component = Objects.requireNonNull(check.component(), "component");
        }

        /** The running check, or a newly started one when the last has finished. */
        FutureTask<Health> start() {
            while (true) {
                FutureTask<Health> current = latest.get();
                if (current != null && !current.isDone()) {
                    return current;
                }
                FutureTask<Health> next = new FutureTask<>(check::check);
                if (latest.compareAndSet(current, next)) {
                    Thread.ofVirtual().name("health-" + component).start(next);
                    return next;
                }
            }
        }
    }
}
