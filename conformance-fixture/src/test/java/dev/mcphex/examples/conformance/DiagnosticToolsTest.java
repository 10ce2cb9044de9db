package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.FixtureTesting.call;
import static dev.mcphex.examples.conformance.FixtureTesting.onlyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.examples.conformance.FakeContext.LogEntry;
import dev.mcphex.examples.conformance.FakeContext.ProgressEntry;
import dev.mcphex.ports.protocol.LogLevel;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class DiagnosticToolsTest {

    private static final long MIN_GAP_NANOS = Duration.ofMillis(45).toNanos();

    @Test
    void loggingToolSendsThreeInfoMessagesSpacedApart() throws Exception {
        FakeContext context = new FakeContext();

        String text = onlyText(call("test_tool_with_logging", "{}", context));

        assertThat(context.logs).extracting(LogEntry::level).containsOnly(LogLevel.INFO);
        assertThat(context.logs).extracting(LogEntry::data)
                .containsExactly("Tool execution started", "Tool processing data", "Tool execution completed");
        assertThat(context.logs.get(1).nanos() - context.logs.get(0).nanos()).isGreaterThanOrEqualTo(MIN_GAP_NANOS);
        assertThat(context.logs.get(2).nanos() - context.logs.get(1).nanos()).isGreaterThanOrEqualTo(MIN_GAP_NANOS);
        assertThat(text).isEqualTo("Tool with logging executed successfully");
    }

    @Test
    void progressToolReportsZeroFiftyAndHundredOfHundred() throws Exception {
        FakeContext context = new FakeContext();

        String text = onlyText(call("test_tool_with_progress", "{}", context));

        assertThat(context.progress).extracting(ProgressEntry::progress).containsExactly(0.0, 50.0, 100.0);
        assertThat(context.progress).extracting(ProgressEntry::total).containsOnly(100.0);
        assertThat(context.progress.get(1).message()).isEqualTo("Completed step 50 of 100");
        assertThat(text).isNotBlank();
    }

    @Test
    void progressToolStopsWhenTheRequestIsCancelled() {
        FakeContext context = new FakeContext();
        context.cancellation().cancel("client went away");

        assertThatThrownBy(() -> call("test_tool_with_progress", "{}", context))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void reconnectionToolAnswersAfterAShortDelay() throws Exception {
        long start = System.nanoTime();

        String text = onlyText(call("test_reconnection", "{}", new FakeContext()));

        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(MIN_GAP_NANOS)
                .isLessThan(Duration.ofSeconds(2).toNanos());
        assertThat(text).startsWith("Reconnection test completed successfully");
    }

    @Test
    void streamingElicitationAnswersPromptlyWithoutAskingTheClient() throws Exception {
        FakeContext context = new FakeContext("{\"elicitation\":{}}");

        String text = callPromptly("test_streaming_elicitation", context);

        assertThat(context.asks).isEmpty();
        assertThat(context.logs).isEmpty();
        assertThat(text).isNotBlank();
    }

    @Test
    void loggingProbeLogsOneInfoMessageAndAnswersAtOnce() throws Exception {
        FakeContext context = new FakeContext("{}");

        String text = callPromptly("test_logging_tool", context);

        assertThat(context.logs).singleElement().extracting(LogEntry::level).isEqualTo(LogLevel.INFO);
        assertThat(text).isNotBlank();
    }

    /** Calls a tool that must answer well within the stateless probes' read budget, and returns its text. */
    private static String callPromptly(String name, FakeContext context) throws Exception {
        long start = System.nanoTime();
        String text = onlyText(call(name, "{}", context));
        assertThat(System.nanoTime() - start).as(name + " duration").isLessThan(Duration.ofSeconds(1).toNanos());
        return text;
    }
}
