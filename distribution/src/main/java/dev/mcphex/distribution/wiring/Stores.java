package dev.mcphex.distribution.wiring;

import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.HealthCheck;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.RateLimiter;
import dev.mcphex.ports.driven.SessionStore;
import java.time.Duration;
import java.util.List;

/**
 * The shared, expiring state the engine and the HTTP transport use, all from one place: in this
 * process's memory, or on Redis when one is configured.
 *
 * @param sessions     legacy sessions
 * @param events       the resumable event log of legacy SSE streams
 * @param bus          change notifications
 * @param context      temporary context
 * @param relay        client responses on their way to the instance that awaits them
 * @param limiter      the rate-limit counters
 * @param healthChecks what the readiness endpoint asks
 */
record Stores(SessionStore sessions, EventLog events, NotificationBus bus, ContextStore context,
              ClientResponseRelay relay, RateLimiter limiter, List<HealthCheck> healthChecks) {
    static final Duration EVENT_TTL = Duration.ofMinutes(10);
    static final int EVENTS_PER_STREAM = 1_000;

    Stores {
        healthChecks = List.copyOf(healthChecks);
    }
}
