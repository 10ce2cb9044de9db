package dev.mcphex.domain.annotated;

import static dev.mcphex.domain.annotated.ScanAssertions.assertInvalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import dev.mcphex.ports.spi.annotations.McpParam;
import dev.mcphex.ports.spi.annotations.McpTool;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ToolCallTest {

    enum Size { SMALL, LARGE }

    record Item(String name, @McpParam(name = "unit_price") double unitPrice) {
    }

    record Basket(List<Item> items, Optional<String> note) {
    }

    public static class Tools {
        @McpTool(description = "Describes the arguments it got")
        public String describe(String text, int count, Optional<Long> big, @McpParam(required = false) Boolean flag,
                               @McpParam(required = false) int fallback, Size size) {
            return text + "|" + count + "|" + big + "|" + flag + "|" + fallback + "|" + size;
        }

        @McpTool(description = "Totals a basket")
        public Map<String, Double> total(Basket basket) {
            return Map.of("total", basket.items().stream().mapToDouble(Item::unitPrice).sum());
        }

        @McpTool(description = "Reports who calls")
        public String whoAmI(McpContext context, Principal principal, Cancellation cancellation) {
            context.log(LogLevel.INFO, "called");
            return principal.subject() + " cancelled=" + cancellation.isCancelled();
        }

        @McpTool(description = "Returns a record")
        public Item item() {
            return new Item("pen", 1.5);
        }

        @McpTool(description = "Returns numbers")
        public List<Integer> numbers() {
            return List.of(1, 2, 3);
        }

        @McpTool(description = "Returns a set of instants")
        public Set<Instant> instants() {
            return Set.of(Instant.parse("2025-01-02T03:04:05Z"));
        }

        @McpTool(description = "Returns a result as is")
        public ToolResult raw() {
            return ToolResult.error("raw");
        }

        @McpTool(description = "Returns one content block")
        public TextContent block() {
            return Content.text("block");
        }

        @McpTool(description = "Returns content blocks")
        public List<Content> blocks() {
            return List.of(Content.text("a"), Content.text("b"));
        }

        @McpTool(description = "Returns nothing")
        public void nothing() {
        }

        @McpTool(description = "Returns null")
        public Item missing() {
            return null;
        }

        @McpTool(description = "Returns an optional record")
        public Optional<Item> maybe(boolean present) {
            return present ? Optional.of(new Item("cup", 2)) : Optional.empty();
        }

        @McpTool(description = "Fails with a checked exception")
        public String failChecked() throws IOException {
            throw new IOException("disk full");
        }

        @McpTool(description = "Fails for the model")
        public String failForModel() {
            throw new ToolExecutionException("try again later");
        }

        @McpTool(description = "A static tool")
        public static String shout(String text) {
            return text.toUpperCase();
        }
    }

    private final Map<String, Tool> tools = byName(AnnotatedHandlers.scan(new Tools()).tools());

    private static Map<String, Tool> byName(List<Tool> list) {
        return list.stream().collect(java.util.stream.Collectors.toMap(Tool::name, tool -> tool));
    }

    private ToolResult call(String tool, String arguments) throws Exception {
        return call(tool, arguments, new FakeContext());
    }

    private ToolResult call(String tool, String arguments, McpContext context) throws Exception {
        return tools.get(tool).handler().call(new ToolCall(tool, (ObjectNode) Json.parse(arguments)), context);
    }

    private static String text(ToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }

    @Test
    void arguments_areBoundByName() throws Exception {
        ToolResult result = call("describe", """
                {"text":"hi","count":3,"big":9007199254740993,"flag":true,"fallback":7,"size":"LARGE"}""");

        assertThat(text(result)).isEqualTo("hi|3|Optional[9007199254740993]|true|7|LARGE");
    }

    @Test
    void absentOptionalArguments_getEmptyOrJavaDefaults() throws Exception {
        ToolResult result = call("describe", "{\"text\":\"hi\",\"count\":0,\"size\":\"SMALL\"}");

        assertThat(text(result)).isEqualTo("hi|0|Optional.empty|null|0|SMALL");
    }

    @Test
    void nullOptionalArgument_isEmpty() throws Exception {
        ToolResult result = call("describe", "{\"text\":\"hi\",\"count\":1,\"big\":null,\"size\":\"SMALL\"}");

        assertThat(text(result)).startsWith("hi|1|Optional.empty|");
    }

    @Test
    void wrongArgumentType_isInvalidParamsNamingTheArgument() {
        assertInvalidParams(() -> call("describe", "{\"text\":\"hi\",\"count\":\"many\",\"size\":\"SMALL\"}"),
                "count");
    }

    @Test
    void unknownEnumConstant_isInvalidParams() {
        assertInvalidParams(() -> call("describe", "{\"text\":\"hi\",\"count\":1,\"size\":\"HUGE\"}"), "size");
    }

    @Test
    void missingRequiredArgument_isInvalidParams() {
        assertInvalidParams(() -> call("describe", "{\"count\":1,\"size\":\"SMALL\"}"), "text");
    }

    @Test
    void recordArgument_isBoundWithRenamedComponents() throws Exception {
        ToolResult result = call("total",
                "{\"basket\":{\"items\":[{\"name\":\"a\",\"unit_price\":1.25},{\"name\":\"b\",\"unit_price\":2}]}}");

        assertThat(result.structuredContent()).isEqualTo(Json.parse("{\"total\":3.25}"));
    }

    @Test
    void context_principalAndCancellation_areInjected() throws Exception {
        FakeContext context = new FakeContext(new Principal("alice", Set.of()));
        context.cancellation.cancel("stop");

        ToolResult result = call("who_am_i", "{}", context);

        assertThat(text(result)).isEqualTo("alice cancelled=true");
        assertThat(context.logged).containsExactly("INFO called");
    }

    @Test
    void recordReturn_isStructuredWithRenamedComponentsAndText() throws Exception {
        ToolResult result = call("item", "{}");

        assertThat(result.structuredContent()).isEqualTo(Json.parse("{\"name\":\"pen\",\"unit_price\":1.5}"));
        assertThat(Json.parse(text(result))).isEqualTo(result.structuredContent());
        assertThat(result.isError()).isFalse();
    }

    @Test
    void listReturn_isWrappedUnderResult() throws Exception {
        assertThat(call("numbers", "{}").structuredContent()).isEqualTo(Json.parse("{\"result\":[1,2,3]}"));
    }

    @Test
    void instants_areSerializedAsDateTimeStrings() throws Exception {
        assertThat(call("instants", "{}").structuredContent())
                .isEqualTo(Json.parse("{\"result\":[\"2025-01-02T03:04:05Z\"]}"));
    }

    @Test
    void toolResultReturn_isPassedThrough() throws Exception {
        assertThat(call("raw", "{}")).isEqualTo(ToolResult.error("raw"));
    }

    @Test
    void contentReturn_isOneBlock() throws Exception {
        assertThat(call("block", "{}")).isEqualTo(ToolResult.of(Content.text("block")));
    }

    @Test
    void contentListReturn_isTheBlocks() throws Exception {
        assertThat(call("blocks", "{}")).isEqualTo(ToolResult.of(Content.text("a"), Content.text("b")));
    }

    @Test
    void voidReturn_isDone() throws Exception {
        assertThat(call("nothing", "{}")).isEqualTo(ToolResult.text("done"));
    }

    @Test
    void nullReturn_isEmptyContent() throws Exception {
        ToolResult result = call("missing", "{}");

        assertThat(result.content()).isEmpty();
        assertThat(result.structuredContent()).isNull();
        assertThat(result.isError()).isFalse();
    }

    @Test
    void optionalReturn_isUnwrapped() throws Exception {
        assertThat(call("maybe", "{\"present\":true}").structuredContent())
                .isEqualTo(Json.parse("{\"name\":\"cup\",\"unit_price\":2.0}"));
        assertThat(call("maybe", "{\"present\":false}").content()).isEmpty();
        assertThat(tools.get("maybe").definition().outputSchema().get("properties").has("unit_price")).isTrue();
    }

    @Test
    void checkedException_propagatesUnwrapped() {
        assertThatThrownBy(() -> call("fail_checked", "{}"))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    @Test
    void toolExecutionException_propagatesUnwrapped() {
        assertThatThrownBy(() -> call("fail_for_model", "{}"))
                .isExactlyInstanceOf(ToolExecutionException.class)
                .hasMessage("try again later");
    }

    @Test
    void staticMethod_isCalled() throws Exception {
        assertThat(text(call("shout", "{\"text\":\"hey\"}"))).isEqualTo("HEY");
    }
}
