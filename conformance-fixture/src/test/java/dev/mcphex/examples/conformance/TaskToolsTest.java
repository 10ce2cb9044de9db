package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.FixtureTesting.accept;
import static dev.mcphex.examples.conformance.FixtureTesting.call;
import static dev.mcphex.examples.conformance.FixtureTesting.object;
import static dev.mcphex.examples.conformance.FixtureTesting.onlyText;
import static dev.mcphex.examples.conformance.FixtureTesting.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mcphex.examples.conformance.FakeContext.MissingAnswers;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.StagedToolHandler;
import dev.mcphex.ports.spi.ToolCall;
import org.junit.jupiter.api.Test;

class TaskToolsTest {

    @Test
    void toolsDeclareTheTaskSupportTheScenariosExpect() {
        assertThat(tool("greet").definition().taskSupport()).isEqualTo(TaskSupport.FORBIDDEN);
        assertThat(tool("slow_compute").definition().taskSupport()).isEqualTo(TaskSupport.OPTIONAL);
        for (String required : new String[] {"failing_job", "protocol_error_job", "confirm_delete", "multi_input",
                "test_tool_with_task"}) {
            assertThat(tool(required).definition().taskSupport()).as(required).isEqualTo(TaskSupport.REQUIRED);
        }
    }

    @Test
    void greetGreetsByName() throws Exception {
        assertThat(onlyText(call("greet", "{\"name\":\"sep-2243\"}", new FakeContext()))).isEqualTo("Hello, sep-2243!");
    }

    @Test
    void slowComputeReportsItsLabel() throws Exception {
        assertThat(onlyText(call("slow_compute", "{\"seconds\":0.1,\"label\":\"sum\"}", new FakeContext())))
                .startsWith("sum: computed");
    }

    @Test
    void failingJobEndsWithAToolError_andProtocolErrorJobWithAProtocolError() throws Exception {
        ToolResult failed = call("failing_job", new FakeContext());
        assertThat(failed.isError()).isTrue();
        Throwable thrown = catchThrowable(() -> call("protocol_error_job", new FakeContext()));
        assertThat(thrown).isInstanceOf(McpProtocolException.class);
        assertThat(((McpProtocolException) thrown).code()).isEqualTo(ErrorCodes.INTERNAL_ERROR);
    }

    @Test
    void confirmDeleteAsksToConfirmTheNamedFile_thenDeletesIt() throws Exception {
        Throwable thrown = catchThrowable(() -> call("confirm_delete", "{\"filename\":\"a.txt\"}", new FakeContext()));
        FormElicitation form = (FormElicitation) ((MissingAnswers) thrown).pending().get("confirm");
        assertThat(form.message()).isEqualTo("Delete a.txt?");
        assertThat(form.requestedSchema()).isEqualTo(object(
                "{\"type\":\"object\",\"properties\":{\"confirm\":{\"type\":\"boolean\"}},\"required\":[\"confirm\"]}"));

        FakeContext confirmed = new FakeContext().answer("confirm", accept("{\"confirm\":true}"));
        assertThat(onlyText(call("confirm_delete", "{\"filename\":\"a.txt\"}", confirmed))).isEqualTo("Deleted a.txt");
    }

    @Test
    void multiInputAsksForTwoInputsAtOnce() {
        Throwable thrown = catchThrowable(() -> call("multi_input", new FakeContext()));
        assertThat(((MissingAnswers) thrown).pending()).containsOnlyKeys("input-a", "input-b");
    }

    @Test
    void toolWithTaskAsksForTheNameFirst_thenGreetsFromTheTask() throws Exception {
        StagedToolHandler<?> staged = (StagedToolHandler<?>) tool("test_tool_with_task").handler();
        Throwable thrown = catchThrowable(() -> staged.prepare(new ToolCall("test_tool_with_task", object("{}")),
                new FakeContext()));
        assertThat(((MissingAnswers) thrown).pending()).containsOnlyKeys("user_name");

        FakeContext named = new FakeContext().answer("user_name", accept("{\"name\":\"Alice\"}"));
        assertThat(onlyText(call("test_tool_with_task", named))).contains("Alice");
    }
}
