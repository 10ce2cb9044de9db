package dev.mcphex.bench.peer;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools every benchmark peer offers: {@code echo} answers its {@code text} argument as text content,
 * {@code progress} reports {@value #PROGRESS_STEPS} progress notifications and then answers {@code done}.
 * Only on the benchmark's class path; the product's default catalogue stays empty.
 */
public final class BenchToolPack implements ToolPack {
    /** How many progress notifications {@code progress} sends before its result. */
    public static final int PROGRESS_STEPS = 10;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public List<Tool> tools() {
        return List.of(echo(), progress());
    }

    /** {@code echo(text)}: the text back, as one text content block. */
    public static Tool echo() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties").putObject("text").put("type", "string");
        schema.putArray("required").add("text");
        ToolDefinition definition = ToolDefinition.of("echo", "Answers with the text it was given", schema);
        return new Tool(definition, (call, context) -> ToolResult.text(call.string("text")));
    }

    private static Tool progress() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        ToolDefinition definition = ToolDefinition.of("progress",
                "Reports " + PROGRESS_STEPS + " progress notifications, then answers done", schema);
        return new Tool(definition, (call, context) -> {
            for (int step = 1; step <= PROGRESS_STEPS; step++) {
                context.progress(step, (double) PROGRESS_STEPS, "step " + step);
            }
            return ToolResult.text("done");
        });
    }
}
