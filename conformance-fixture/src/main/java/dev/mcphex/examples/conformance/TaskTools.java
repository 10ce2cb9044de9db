package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.form;
import static dev.mcphex.examples.conformance.Fixtures.noArguments;
import static dev.mcphex.examples.conformance.Fixtures.object;
import static dev.mcphex.examples.conformance.Fixtures.pause;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.StagedToolHandler;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools of the tasks extension's scenarios (SEP-2663): a plain tool that never becomes a task, and
 * tools that run as tasks, optionally or only, which finish, fail, fail with a protocol error, park
 * waiting for input, or gather input in the request before the task starts.
 */
final class TaskTools {

    static final String CONFIRM = "confirm";
    static final String INPUT_A = "input-a";
    static final String INPUT_B = "input-b";
    static final String FAILURE_TEXT = "The job failed, as it always does";
    static final String PROTOCOL_ERROR_TEXT = "The job hit an internal error, as it always does";

    private static final String CONFIRM_SCHEMA = "{\"type\":\"object\",\"properties\":{\"confirm\":{\"type\":"
            + "\"boolean\"}},\"required\":[\"confirm\"]}";
    private static final String VALUE_SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\"}}}";
    private static final long SLICE_MILLIS = 100;

    private TaskTools() {
    }

    /** The task tools, in listing order. */
    static List<Tool> tools() {
        return List.of(
                tool("greet", "Greets someone by name, always at once.",
                        object("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
                                + "\"required\":[\"name\"]}"), TaskSupport.FORBIDDEN,
                        (call, context) -> ToolResult.text("Hello, " + call.arguments().path("name").asString("")
                                + "!")),
                tool("slow_compute", "Computes for the given number of seconds; a task for clients that support tasks.",
                        object("{\"type\":\"object\",\"properties\":{\"seconds\":{\"type\":\"number\"},"
                                + "\"label\":{\"type\":\"string\"}},\"required\":[\"seconds\"]}"),
                        TaskSupport.OPTIONAL, TaskTools::slowCompute),
                tool("failing_job", "A job that runs for a second and then fails with a tool error.", noArguments(),
                        TaskSupport.REQUIRED, (call, context) -> {
                            pause(context, 1_000);
                            return ToolResult.error(FAILURE_TEXT);
                        }),
                tool("protocol_error_job", "A job that fails with a protocol error after a moment.", noArguments(),
                        TaskSupport.REQUIRED, (call, context) -> {
                            pause(context, 200);
                            throw new McpProtocolException(ErrorCodes.INTERNAL_ERROR, PROTOCOL_ERROR_TEXT);
                        }),
                tool("confirm_delete", "Deletes a file after the user confirms.",
                        object("{\"type\":\"object\",\"properties\":{\"filename\":{\"type\":\"string\"}},"
                                + "\"required\":[\"filename\"]}"), TaskSupport.REQUIRED, TaskTools::confirmDelete),
                tool("multi_input", "Asks for two inputs at once and reports both.", noArguments(),
                        TaskSupport.REQUIRED, TaskTools::multiInput),
                tool("test_tool_with_task", "Asks for the user's name in the request, then greets them from a task.",
                        noArguments(), TaskSupport.REQUIRED, new GreetFromTask()));
    }

    private static Tool tool(String name, String description, ObjectNode schema, TaskSupport support,
                             ToolHandler handler) {
        return new Tool(ToolDefinition.of(name, description, schema).withTaskSupport(support), handler);
    }

    private static ToolResult slowCompute(ToolCall call, McpContext context) throws InterruptedException {
        double seconds = call.arguments().path("seconds").asDouble(0);
        String label = call.arguments().path("label").asString("computation");
        long remaining = Math.round(seconds * 1_000);
        while (remaining > 0) {
            long slice = Math.min(SLICE_MILLIS, remaining);
            pause(context, slice);
            remaining -= slice;
        }
        return ToolResult.text(label + ": computed for " + seconds + " s");
    }

    private static ToolResult confirmDelete(ToolCall call, McpContext context) {
        String filename = call.arguments().path("filename").asString("");
        ElicitationResult answer = context.elicit(CONFIRM, form("Delete " + filename + "?", CONFIRM_SCHEMA));
        boolean confirmed = answer.accepted() && answer.content() != null
                && answer.content().path("confirm").asBoolean(false);
        return ToolResult.text(confirmed ? "Deleted " + filename : "Kept " + filename);
    }

    private static ToolResult multiInput(ToolCall call, McpContext context) {
        Map<String, InputRequest> requests = new LinkedHashMap<>();
        requests.put(INPUT_A, form("First input?", VALUE_SCHEMA));
        requests.put(INPUT_B, form("Second input?", VALUE_SCHEMA));
        Map<String, InputResponse> answers = context.ask(requests);
        return ToolResult.text("Received " + Fixtures.describe((ElicitationResult) answers.get(INPUT_A)) + " and "
                + Fixtures.describe((ElicitationResult) answers.get(INPUT_B)));
    }

    /** Asks for the name within the request (multi round-trip input), then greets from the task. */
    private static final class GreetFromTask implements StagedToolHandler<String> {
        @Override
        public String prepare(ToolCall call, McpContext context) {
            ElicitationResult answer = context.elicit(MrtrTools.USER_NAME,
                    form("What is your name?", MrtrTools.NAME_SCHEMA));
            String name = answer.accepted() ? answer.string("name") : null;
            return name == null ? "stranger" : name;
        }

        @Override
        public ToolResult finish(ToolCall call, String name, McpContext context) throws InterruptedException {
            pause(context, 200);
            return ToolResult.text("Hello, " + name + "! This greeting comes from a task.");
        }
    }
}
