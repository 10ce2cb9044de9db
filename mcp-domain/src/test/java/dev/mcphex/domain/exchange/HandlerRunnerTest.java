package dev.mcphex.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.spi.Cancellation;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HandlerRunnerTest {

    @Test
    void returnsWhatTheHandlerReturns() throws Exception {
        assertThat(HandlerRunner.run("plain", new Cancellation(), () -> "done")).isEqualTo("done");
    }

    @Test
    void aHandlerThatReturnsAfterSeeingTheCancellation_yieldsNoResult() {
        var cancellation = new Cancellation();
        var handlerReturned = new CountDownLatch(1);
        // Registered before the runner's own callback, so it holds that one back until the handler
        // has noticed the cancellation and returned a value: the handler wins the race.
        cancellation.onCancel(() -> {
            try {
                handlerReturned.await(5, TimeUnit.SECONDS);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThatThrownBy(() -> HandlerRunner.run("racing", cancellation, () -> {
            Thread.ofVirtual().start(() -> cancellation.cancel("stop"));
            while (!cancellation.isCancelled()) {
                Thread.sleep(1);
            }
            handlerReturned.countDown();
            return "stopped";
        })).isInstanceOf(RequestCancelledException.class).hasMessage("stop");
    }

    @Test
    void theCallersLoggingContext_reachesTheHandler_andDoesNotOutliveIt() throws Exception {
        org.slf4j.MDC.put("requestId", "r-42");
        try {
            String seen = HandlerRunner.run("mdc", new Cancellation(), () -> org.slf4j.MDC.get("requestId"));
            assertThat(seen).isEqualTo("r-42");
        } finally {
            org.slf4j.MDC.clear();
        }
        assertThat(HandlerRunner.run("mdc", new Cancellation(), () -> org.slf4j.MDC.get("requestId"))).isNull();
    }
    @Test
    void onAVirtualThread_theHandlerRunsOnTheCallersThread() throws Exception {
        var caller = new AtomicReference<Thread>();
        Thread ran = onVirtualThread(() -> {
            caller.set(Thread.currentThread());
            return HandlerRunner.run("inline", new Cancellation(), Thread::currentThread);
        });
        assertThat(ran).isSameAs(caller.get());
    }

    @Test
    void onAVirtualThread_cancellationInterruptsTheHandler_andTheInterruptDoesNotOutliveIt() throws Exception {
        var cancellation = new Cancellation();
        var started = new CountDownLatch(1);
        var callerInterruptedAfterwards = new AtomicReference<Boolean>();
        var outcome = new AtomicReference<Throwable>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                HandlerRunner.run("inline", cancellation, () -> {
                    started.countDown();
                    Thread.sleep(60_000);
                    return "slept";
                });
            } catch (Exception e) {
                outcome.set(e);
            }
            callerInterruptedAfterwards.set(Thread.currentThread().isInterrupted());
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        cancellation.cancel("stop");
        caller.join(5_000);

        assertThat(outcome.get()).isInstanceOf(RequestCancelledException.class).hasMessage("stop");
        assertThat(callerInterruptedAfterwards.get()).isFalse();
    }

    @Test
    void onAVirtualThread_aCancellationAfterTheHandlerReturned_leavesTheCallerAlone() throws Exception {
        var cancellation = new Cancellation();
        boolean interrupted = onVirtualThread(() -> {
            HandlerRunner.run("inline", cancellation, () -> "done");
            cancellation.cancel("late");
            return Thread.currentThread().isInterrupted();
        });
        assertThat(interrupted).isFalse();
    }

    @Test
    void onAVirtualThread_aRequestCancelledBeforeItRuns_doesNotRunTheHandler() throws Exception {
        var cancellation = new Cancellation();
        cancellation.cancel("too late");
        var ran = new AtomicReference<Boolean>(false);
        Throwable thrown = onVirtualThread(() -> {
            try {
                HandlerRunner.run("inline", cancellation, () -> ran.getAndSet(true));
                return null;
            } catch (RequestCancelledException e) {
                return e;
            }
        });
        assertThat(thrown).isInstanceOf(RequestCancelledException.class).hasMessage("too late");
        assertThat(ran.get()).isFalse();
    }

    private static <T> T onVirtualThread(Callable<T> body) throws Exception {
        var result = new AtomicReference<T>();
        var failure = new AtomicReference<Exception>();
        Thread.ofVirtual().start(() -> {
            try {
                result.set(body.call());
            } catch (Exception e) {
                failure.set(e);
            }
        }).join(5_000);
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
