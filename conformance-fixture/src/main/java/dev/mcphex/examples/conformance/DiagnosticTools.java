package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.pause;
import static dev.mcphex.examples.conformance.Fixtures.tool;

import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The tools that exercise notifications and the transport: logging, progress, stream reconnection,
 * the stateless-server probes, and the triggers of list-changed notifications.
 */
final class DiagnosticTools {

    /** How long the streaming tools wait between two notifications. */
    static final long STEP_MILLIS = 50;

    static final List<String> LOG_MESSAGES =
            List.of("Tool execution started", "Tool processing data", "Tool execution completed");
    static final String LOGGING_DONE = "Tool with logging executed successfully";
    static final double PROGRESS_TOTAL = 100;
    static final String PROGRESS_DONE = "Progress test completed";
    static final String RECONNECTION_DONE = "Reconnection test completed successfully. "
            + "If you received this, the client properly reconnected after stream closure.";
    static final String STREAMING_ELICITATION_DONE = "Streaming elicitation not required: answered without asking the client";
    static final String LOGGING_TOOL_MESSAGE = "test_logging_tool was called";
    static final String LOGGING_TOOL_DONE = "Logging tool completed";
    static final String TOOLS_CHANGED = "Tool list change notification sent";
    static final String PROMPTS_CHANGED = "Prompt list change notification sent";

    private DiagnosticTools() {
    }

    /** The diagnostic tools, in listing order. */
    static List<Tool> tools(FixtureHooks hooks) {
        return List.of(
                tool("test_tool_with_logging", "Sends three info log messages while it runs.",
                        (call, context) -> logThrice(context)),
                tool("test_tool_with_progress", "Reports progress 0, 50 and 100 out of 100 while it runs.",
                        (call, context) -> reportProgress(context)),
                tool("test_reconnection",
                        "Logs that it started, then answers after a short delay, so the answer streams over SSE.",
                        (call, context) -> {
                            context.log(LogLevel.INFO, "Reconnection test started");
                            pause(context, 2 * STEP_MILLIS);
                            return ToolResult.text(RECONNECTION_DONE);
                        }),
                tool("test_streaming_elicitation",
                        "Answers at once without sending the client any request on the response stream.",
                        (call, context) -> ToolResult.text(STREAMING_ELICITATION_DONE)),
                tool("test_logging_tool",
                        "Logs one info message, which reaches the client only if it set a log level, and answers at once.",
                        (call, context) -> {
                            context.log(LogLevel.INFO, LOGGING_TOOL_MESSAGE);
                            return ToolResult.text(LOGGING_TOOL_DONE);
                        }),
                tool("test_trigger_tool_change", "Announces that the tool list changed.",
                        (call, context) -> {
                            hooks.toolsChanged();
                            return ToolResult.text(TOOLS_CHANGED);
                        }),
                tool("test_trigger_prompt_change", "Announces that the prompt list changed.",
                        (call, context) -> {
                            hooks.promptsChanged();
                            return ToolResult.text(PROMPTS_CHANGED);
                        }));
    }

    private static ToolResult logThrice(McpContext context) throws InterruptedException {
        paced(context, LOG_MESSAGES.size(), i -> context.log(LogLevel.INFO, LOG_MESSAGES.get(i)));
        return ToolResult.text(LOGGING_DONE);
    }

    private static ToolResult reportProgress(McpContext context) throws InterruptedException {
        double[] steps = {0, 50, 100};
        paced(context, steps.length, i -> context.progress(steps[i], PROGRESS_TOTAL,
                "Completed step " + (int) steps[i] + " of " + (int) PROGRESS_TOTAL));
        return ToolResult.text(PROGRESS_DONE);
    }

    /** Runs {@code count} steps, {@link #STEP_MILLIS} apart. */
    private static void paced(McpContext context, int count, IntConsumer step) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                pause(context, STEP_MILLIS);
            }
            step.accept(i);
        }
    }
}
