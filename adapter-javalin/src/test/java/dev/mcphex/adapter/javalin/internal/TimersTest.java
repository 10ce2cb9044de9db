package dev.mcphex.adapter.javalin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimersTest {

    @Test
    void cancelledTimers_leaveTheQueue_soFinishedRequestsAreNotKeptUntilTheirDelaysPass() {
        try (var timers = new Timers()) {
            for (int i = 0; i < 100; i++) {
                timers.once(Duration.ofMinutes(5), () -> { }).cancel();
                timers.every(Duration.ofSeconds(15), () -> { }).cancel(false);
            }
            var kept = timers.once(Duration.ofMinutes(5), () -> { });

            assertThat(timers.pending()).isEqualTo(1);
            kept.cancel();
            assertThat(timers.pending()).isZero();
        }
    }

    @Test
    void aTimerThatIsNotCancelled_fires() throws Exception {
        try (var timers = new Timers()) {
            var fired = new CountDownLatch(1);
            timers.once(Duration.ofMillis(10), fired::countDown);
            assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aCancelledTimer_neverFires() throws Exception {
        try (var timers = new Timers()) {
            var cancelledFired = new CountDownLatch(1);
            var laterFired = new CountDownLatch(1);
            timers.once(Duration.ofMillis(20), cancelledFired::countDown).cancel();
            timers.once(Duration.ofMillis(60), laterFired::countDown);

            assertThat(laterFired.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(cancelledFired.getCount()).isEqualTo(1);
            assertThat(timers.pending()).isZero();
        }
    }

    @Test
    void withNoOneShotTimerPending_theSchedulerStopsLooking_andStartsAgainForTheNextOne() throws Exception {
        try (var timers = new Timers()) {
            timers.once(Duration.ofMinutes(5), () -> { }).cancel();
            assertThat(timers.sweepScheduled()).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (timers.sweepScheduled() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(timers.sweepScheduled()).isFalse();

            var fired = new CountDownLatch(1);
            timers.once(Duration.ofMillis(10), fired::countDown);
            assertThat(timers.sweepScheduled()).isTrue();
            assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
