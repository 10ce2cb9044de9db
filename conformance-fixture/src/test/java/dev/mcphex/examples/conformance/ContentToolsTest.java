package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.FixtureTesting.call;
import static dev.mcphex.examples.conformance.FixtureTesting.onlyText;
import static dev.mcphex.examples.conformance.FixtureTesting.text;
import static dev.mcphex.examples.conformance.FixtureTesting.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.AudioContent;
import dev.mcphex.ports.protocol.EmbeddedResource;
import dev.mcphex.ports.protocol.ImageContent;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.protocol.ToolResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ContentToolsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void simpleTextAnswersWithoutAnyArguments() throws Exception {
        ToolResult result = call("test_simple_text", new FakeContext());

        assertThat(result.isError()).isFalse();
        assertThat(onlyText(result)).isEqualTo("This is a simple text response for testing.");
    }

    @Test
    void simpleTextDeclaresAnEmptyObjectSchema() {
        assertThat(Json.write(tool("test_simple_text").definition().inputSchema()))
                .isEqualTo("{\"type\":\"object\",\"properties\":{}}");
    }

    @Test
    void imageContentIsAPngInStandardBase64() throws Exception {
        ToolResult result = call("test_image_content", "{}", new FakeContext());

        assertThat(result.content()).singleElement().isInstanceOfSatisfying(ImageContent.class, image -> {
            assertThat(image.mimeType()).isEqualTo("image/png");
            byte[] bytes = Base64.getDecoder().decode(image.data());
            assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        });
    }

    @Test
    void audioContentIsAWavWithTheExactMimeType() throws Exception {
        ToolResult result = call("test_audio_content", "{}", new FakeContext());

        assertThat(result.content()).singleElement().isInstanceOfSatisfying(AudioContent.class, audio -> {
            assertThat(audio.mimeType()).isEqualTo("audio/wav");
            byte[] bytes = Base64.getDecoder().decode(audio.data());
            assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        });
    }

    @Test
    void embeddedResourceCarriesTheSuiteText() throws Exception {
        ToolResult result = call("test_embedded_resource", "{}", new FakeContext());

        assertThat(result.content()).singleElement().isInstanceOfSatisfying(EmbeddedResource.class, embedded ->
                assertThat(embedded.resource()).isEqualTo(new TextResourceContents(
                        "test://embedded-resource", "text/plain", "This is an embedded resource content.")));
    }

    @Test
    void multipleContentTypesAreTextThenImageThenJsonResource() throws Exception {
        ToolResult result = call("test_multiple_content_types", "{}", new FakeContext());

        assertThat(result.content()).hasSize(3);
        assertThat(text(result.content().get(0))).isEqualTo("Multiple content types test:");
        assertThat(result.content().get(1)).isInstanceOf(ImageContent.class);
        assertThat(result.content().get(2)).isInstanceOfSatisfying(EmbeddedResource.class, embedded ->
                assertThat(embedded.resource()).isEqualTo(new TextResourceContents(
                        "test://mixed-content-resource", "application/json", "{\"test\":\"data\",\"value\":123}")));
    }

    @Test
    void errorHandlingReturnsAnErrorResultWithAMessage() throws Exception {
        ToolResult result = call("test_error_handling", "{}", new FakeContext());

        assertThat(result.isError()).isTrue();
        assertThat(onlyText(result)).isEqualTo("This tool intentionally returns an error for testing");
    }

    @Test
    void jsonSchema202012ToolListsItsSchemaVerbatimInTheWrittenOrder() {
        String expected = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"$defs\":{\"address\":{\"$anchor\":\"addressDef\",\"type\":\"object\","
                + "\"properties\":{\"street\":{\"type\":\"string\"},\"city\":{\"type\":\"string\"}}}},"
                + "\"properties\":{\"name\":{\"type\":\"string\"},\"address\":{\"$ref\":\"#/$defs/address\"},"
                + "\"contactMethod\":{\"type\":\"string\",\"enum\":[\"phone\",\"email\"]},"
                + "\"phone\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"}},"
                + "\"allOf\":[{\"anyOf\":[{\"required\":[\"phone\"]},{\"required\":[\"email\"]}]}],"
                + "\"if\":{\"properties\":{\"contactMethod\":{\"const\":\"phone\"}},\"required\":[\"contactMethod\"]},"
                + "\"then\":{\"required\":[\"phone\"]},\"else\":{\"required\":[\"email\"]},"
                + "\"additionalProperties\":false}";

        assertThat(Json.write(tool("json_schema_2020_12_tool").definition().inputSchema())).isEqualTo(expected);
    }

    @Test
    void jsonSchema202012ToolKeepsTheKeywordsTheSuiteLooksFor() {
        ObjectNode schema = tool("json_schema_2020_12_tool").definition().inputSchema();

        assertThat(schema.path("$defs").path("address").path("$anchor").asString()).isEqualTo("addressDef");
        assertThat(schema.path("allOf").path(0).path("anyOf").isArray()).isTrue();
        assertThat(schema.has("if") && schema.has("then") && schema.has("else")).isTrue();
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
    }

    @Test
    void jsonSchema202012ToolEchoesItsArguments() throws Exception {
        String text = onlyText(call("json_schema_2020_12_tool",
                "{\"name\":\"Ada\",\"contactMethod\":\"email\",\"email\":\"ada@example.com\"}", new FakeContext()));

        assertThat(text).isEqualTo("JSON Schema 2020-12 tool called with: "
                + "{\"name\":\"Ada\",\"contactMethod\":\"email\",\"email\":\"ada@example.com\"}");
    }

    @Test
    void headerToolMapsOnlyItsStringRegionToAHeader() {
        ObjectNode properties = (ObjectNode) tool("test_x_mcp_header").definition().inputSchema().path("properties");

        assertThat(properties.path("region").path("type").asString()).isEqualTo("string");
        assertThat(properties.path("region").path("x-mcp-header").asString()).isEqualTo("Region");
        assertThat(properties.path("level").path("type").asString()).isEqualTo("integer");
        assertThat(properties.path("level").has("x-mcp-header")).isFalse();
        assertThat(tool("test_x_mcp_header").definition().inputSchema().has("required")).isFalse();
    }

    @Test
    void headerToolEchoesTheRegion() throws Exception {
        assertThat(onlyText(call("test_x_mcp_header", "{\"region\":\"us-west1\",\"level\":3}", new FakeContext())))
                .isEqualTo("region=us-west1");
    }

    @Test
    void headerToolAnswersWithoutARegion() throws Exception {
        assertThat(onlyText(call("test_x_mcp_header", "{}", new FakeContext()))).isEqualTo("region=");
    }
}
