package dev.mcphex.domain.annotated;

import static dev.mcphex.domain.annotated.ScanAssertions.assertScanFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.annotations.Hint;
import dev.mcphex.ports.spi.annotations.McpParam;
import dev.mcphex.ports.spi.annotations.McpTool;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolScanTest {

    record Order(String item, int quantity) {
    }

    public static class Shop {
        @McpTool(description = "Finds an order by its number", title = "Find order",
                readOnlyHint = Hint.TRUE, destructiveHint = Hint.FALSE)
        public Order findOrderByID(@McpParam(description = "The order number") long number,
                                   Optional<String> customer, @McpParam(required = false) Integer limit,
                                   McpContext context, Cancellation cancellation, Principal principal) {
            return null;
        }

        @McpTool(name = "archive", description = "Archives old orders")
        public void archiveOldOrders() {
        }

        @McpTool(description = "Counts orders")
        public List<Integer> count() {
            return List.of();
        }

        @McpTool(description = "Says hello")
        public String hello(String name) {
            return name;
        }

        public String notATool() {
            return "";
        }
    }

    private static ToolDefinition definition(Object bean, String name) {
        return AnnotatedHandlers.scan(bean).tools().stream().filter(tool -> tool.name().equals(name))
                .findFirst().map(Tool::definition).orElseThrow();
    }

    @Test
    void scan_findsAnnotatedMethodsSortedByName() {
        assertThat(AnnotatedHandlers.scan(new Shop()).tools()).extracting(Tool::name)
                .containsExactly("archive", "count", "find_order_by_id", "hello");
    }

    @Test
    void toolName_defaultsToSnakeCaseMethodName() {
        assertThat(Names.snakeCase("findOrderByID")).isEqualTo("find_order_by_id");
        assertThat(Names.snakeCase("parseHTTPHeader")).isEqualTo("parse_http_header");
        assertThat(Names.snakeCase("get2Items")).isEqualTo("get2_items");
        assertThat(Names.snakeCase("hello")).isEqualTo("hello");
    }

    @Test
    void definition_carriesTitleDescriptionAndHints() {
        ToolDefinition definition = definition(new Shop(), "find_order_by_id");

        assertThat(definition.title()).isEqualTo("Find order");
        assertThat(definition.description()).isEqualTo("Finds an order by its number");
        assertThat(definition.annotations()).isEqualTo(new ToolAnnotations(null, true, false, null, null));
        assertThat(definition(new Shop(), "archive").annotations().isEmpty()).isTrue();
    }

    @Test
    void inputSchema_describesParametersAndSkipsInjectables() {
        ToolDefinition definition = definition(new Shop(), "find_order_by_id");

        assertThat(definition.inputSchema()).isEqualTo(Json.parse("""
                {"type":"object",
                 "properties":{
                   "number":{"type":"integer","description":"The order number"},
                   "customer":{"type":"string"},
                   "limit":{"type":"integer","minimum":-2147483648,"maximum":2147483647}},
                 "required":["number"],
                 "additionalProperties":false}"""));
    }

    @Test
    void optionalParameter_isNotRequired() {
        ToolDefinition definition = definition(new Shop(), "find_order_by_id");

        assertThat(definition.inputSchema().get("required").toString()).doesNotContain("customer");
    }

    @Test
    void noParameters_giveEmptyClosedObject() {
        assertThat(definition(new Shop(), "archive").inputSchema())
                .isEqualTo(Json.parse("{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}"));
    }

    @Test
    void recordReturn_givesOutputSchemaOfTheRecord() {
        assertThat(definition(new Shop(), "find_order_by_id").outputSchema()).isEqualTo(Json.parse("""
                {"type":"object",
                 "properties":{"item":{"type":"string"},
                               "quantity":{"type":"integer","minimum":-2147483648,"maximum":2147483647}},
                 "required":["item","quantity"],"additionalProperties":false}"""));
    }

    @Test
    void listReturn_givesOutputSchemaWrappedUnderResult() {
        assertThat(definition(new Shop(), "count").outputSchema().get("properties").get("result").get("type")
                .stringValue()).isEqualTo("array");
        assertThat(definition(new Shop(), "count").outputSchema().get("required").get(0).stringValue())
                .isEqualTo("result");
    }

    @Test
    void textAndVoidReturns_haveNoOutputSchema() {
        assertThat(definition(new Shop(), "hello").outputSchema()).isNull();
        assertThat(definition(new Shop(), "archive").outputSchema()).isNull();
    }

    public static class NoDescription {
        @McpTool(description = " ")
        public void run() {
        }
    }

    @Test
    void blankDescription_failsNamingTheMethod() {
        assertScanFails(new NoDescription())
                .hasMessageContaining(NoDescription.class.getName() + ".run")
                .hasMessageContaining("description");
    }

    public static class Duplicates {
        @McpTool(name = "same", description = "One")
        public void one() {
        }

        @McpTool(name = "same", description = "Two")
        public void two() {
        }
    }

    @Test
    void duplicateToolNames_fail() {
        assertScanFails(new Duplicates())
                .hasMessageContaining(Duplicates.class.getName())
                .hasMessageContaining("'same'");
    }

    public static class UnsupportedParameter {
        @McpTool(description = "Takes anything")
        public void take(Object thing) {
        }
    }

    @Test
    void unsupportedParameterType_failsNamingMethodAndParameter() {
        assertScanFails(new UnsupportedParameter())
                .hasMessageContaining(UnsupportedParameter.class.getName() + ".take")
                .hasMessageContaining("parameter 'thing'")
                .hasMessageContaining("java.lang.Object");
    }

    public static class UnsupportedReturn {
        @McpTool(description = "Returns anything")
        public Object give() {
            return null;
        }
    }

    @Test
    void unsupportedReturnType_failsNamingTheMethod() {
        assertScanFails(new UnsupportedReturn())
                .hasMessageContaining(UnsupportedReturn.class.getName() + ".give: return type");
    }

    public static class InvalidName {
        @McpTool(name = "no spaces allowed", description = "Bad name")
        public void run() {
        }
    }

    @Test
    void invalidToolName_failsNamingTheMethod() {
        assertScanFails(new InvalidName())
                .hasMessageContaining(InvalidName.class.getName() + ".run")
                .hasMessageContaining("1 to 128 characters");
    }

    public static class SameParameterName {
        @McpTool(description = "Clashing names")
        public void run(@McpParam(name = "x") String a, @McpParam(name = "x") String b) {
        }
    }

    @Test
    void duplicateParameterNames_fail() {
        assertScanFails(new SameParameterName())
                .hasMessageContaining("two parameters are named 'x'");
    }

    public static class NonPublic {
        @McpTool(description = "Hidden")
        void hidden() {
        }
    }

    @Test
    void annotatedNonPublicMethod_fails() {
        assertScanFails(new NonPublic())
                .hasMessageContaining(NonPublic.class.getName() + ".hidden is annotated but not public");
    }

    @Test
    void beanWithoutAnnotations_isEmpty() {
        assertThat(AnnotatedHandlers.scan(new Object()).isEmpty()).isTrue();
    }
}
