package dev.mcphex.ports.driven;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that stands still until a test moves it, for the stores' expiry contracts. */
public final class TestClock extends Clock {
    private final AtomicLong now;

    public TestClock(Instant start) {
        this.now = new AtomicLong(start.toEpochMilli());
    }

    /** Moves the clock forward. */
    public void advance(long millis) {
        now.addAndGet(millis);
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(now.get());
    }
}
