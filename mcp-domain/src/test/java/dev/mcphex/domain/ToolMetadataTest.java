package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.Icon;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.protocol.UrlElicitation;
import dev.mcphex.ports.spi.Tool;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ToolMetadataTest {

    private static final String ORDER_SCHEMA = """
            {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
             "$defs":{"item":{"type":"object","properties":{"sku":{"type":"string"},"qty":{"type":"integer","minimum":1}},
                      "required":["sku","qty"],"additionalProperties":false}},
             "properties":{"items":{"type":"array","items":{"$ref":"#/$defs/item"},"minItems":1}},
             "required":["items"],"additionalProperties":false}""";

    private final EngineHarness client = new EngineHarness(Mcphex.server("shop", "1.0")
            .tool(new Tool(ToolDefinition.of("order", "Places an order", TestFixtures.schema(ORDER_SCHEMA))
                    .withTitle("Place order")
                    .withAnnotations(new ToolAnnotations(null, false, true, false, true))
                    .withIcons(List.of(new Icon("https://example.com/cart.png", "image/png", List.of("48x48"), "light"))),
                    (call, ctx) -> ToolResult.text("ordered " + call.get("items").size())))
            .tool("pay", "Sends the user to a payment page", (call, ctx) -> {
                ElicitationResult r = ctx.elicit("payment", new UrlElicitation("Pay here", "https://pay.example.com/1", "e-1"));
                return ToolResult.text("payment " + r.action().wire());
            })
            .build());

    @Test
    void schemaReferences_areResolved_whenValidatingArguments() {
        client.initialize("2025-11-25", Json.object());
        assertThat(result(client.request("tools/call", params(
                "{\"name\":\"order\",\"arguments\":{\"items\":[{\"sku\":\"a\",\"qty\":2}]}}")))
                .at("/content/0/text").stringValue()).isEqualTo("ordered 1");
        ObjectNode invalid = result(client.request("tools/call", params(
                "{\"name\":\"order\",\"arguments\":{\"items\":[{\"sku\":\"a\",\"qty\":0}]}}")));
        assertThat(invalid.get("isError").booleanValue()).isTrue();
        assertThat(invalid.at("/content/0/text").stringValue()).contains("qty");
    }

    @Test
    void titleAnnotationsIconsAndSchema_areListedVerbatim() {
        client.initialize("2025-11-25", Json.object());
        ObjectNode tool = (ObjectNode) result(client.request("tools/list", null)).at("/tools/0");
        assertThat(tool.get("title").stringValue()).isEqualTo("Place order");
        assertThat(tool.at("/annotations/destructiveHint").booleanValue()).isTrue();
        assertThat(tool.at("/annotations/readOnlyHint").booleanValue()).isFalse();
        assertThat(tool.at("/icons/0/sizes/0").stringValue()).isEqualTo("48x48");
        assertThat(tool.get("inputSchema")).isEqualTo(Json.parse(ORDER_SCHEMA));
    }

    @Test
    void urlElicitation_reachesClientsThatDeclaredIt() throws Exception {
        client.initialize("2025-11-25", params("{\"elicitation\":{\"form\":{},\"url\":{}}}"));
        CompletableFuture<JsonRpcMessage> call = CompletableFuture.supplyAsync(() ->
                client.request("tools/call", params("{\"name\":\"pay\"}")));
        JsonRpcRequest ask = null;
        for (int i = 0; i < 500 && ask == null; i++) {
            ask = client.sent.stream().filter(JsonRpcRequest.class::isInstance).map(JsonRpcRequest.class::cast)
                    .findFirst().orElse(null);
            Thread.sleep(10);
        }
        assertThat(ask).isNotNull();
        assertThat(ask.params().get("mode").stringValue()).isEqualTo("url");
        assertThat(ask.params().get("url").stringValue()).isEqualTo("https://pay.example.com/1");
        client.send(new dev.mcphex.ports.jsonrpc.JsonRpcResult(ask.id(), params("{\"action\":\"accept\"}")));
        assertThat(result(call.get(5, TimeUnit.SECONDS)).at("/content/0/text").stringValue()).isEqualTo("payment accept");
    }

    @Test
    void urlElicitation_isRefusedToClientsWithFormModeOnly() {
        client.initialize("2025-11-25", params("{\"elicitation\":{}}"));
        ObjectNode result = result(client.request("tools/call", params("{\"name\":\"pay\"}")));
        assertThat(result.get("isError").booleanValue()).isTrue();
        assertThat(result.at("/content/0/text").stringValue()).contains("elicitation.url");
    }
}
