package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.RateLimiter;
import dev.mcphex.ports.driven.RateLimiterContract;

class InMemoryRateLimiterTest extends RateLimiterContract {
    private final RateLimiter limiter = new InMemoryRateLimiter();

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }
}
