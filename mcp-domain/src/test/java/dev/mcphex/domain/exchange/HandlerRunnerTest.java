package dev.mcphex.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.spi.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
}
