package dev.mcphex.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FlatSchemaTest {
    private static final String SCHEMA = "{\"type\":\"object\",\"description\":\"d\",\"properties\":{"
            + "\"text\":{\"type\":\"string\",\"description\":\"t\",\"x-mcp-header\":\"Text\"},"
            + "\"count\":{\"type\":\"integer\"},\"ratio\":{\"type\":\"number\"},\"on\":{\"type\":\"boolean\"},"
            + "\"tags\":{\"type\":\"array\"},\"extra\":{\"type\":\"object\"},\"none\":{\"type\":\"null\"}},"
            + "\"required\":[\"text\"],\"additionalProperties\":false}";

    private static final List<String> INSTANCES = List.of(
            "{\"text\":\"hi\"}", "{}", "{\"text\":1}", "{\"text\":\"hi\",\"count\":3}", "{\"text\":\"hi\",\"count\":3.5}",
            "{\"text\":\"hi\",\"count\":1.0}", "{\"text\":\"hi\",\"ratio\":2}", "{\"text\":\"hi\",\"ratio\":\"2\"}",
            "{\"text\":\"hi\",\"on\":true}", "{\"text\":\"hi\",\"on\":\"true\"}", "{\"text\":\"hi\",\"tags\":[1]}",
            "{\"text\":\"hi\",\"extra\":{}}", "{\"text\":\"hi\",\"none\":null}", "{\"text\":null}",
            "{\"text\":\"hi\",\"other\":1}", "[]", "\"text\"", "null");

    @Test
    void acceptsOnlyWhatTheGeneralValidatorAccepts_andTheUsualValidCalls() {
        JsonNode schema = Json.parse(SCHEMA);
        FlatSchema flat = FlatSchema.of(schema);
        CompiledSchema general = CompiledSchema.compile("test", Json.parse(SCHEMA.replace("\"type\":\"object\",\"description\"",
                "\"type\":\"object\",\"$comment\":\"no flat form\",\"description\"")));
        assertThat(flat).isNotNull();
        for (String text : INSTANCES) {
            JsonNode instance = Json.parse(text);
            if (flat.accepts(instance)) {
                assertThat(general.validate(instance)).as(text).isEmpty();
            }
        }
        assertThat(flat.accepts(Json.parse("{\"text\":\"hi\",\"count\":3,\"ratio\":0.5,\"on\":false}"))).isTrue();
    }

    @Test
    void anOpenSchema_acceptsPropertiesItDoesNotName() {
        FlatSchema flat = FlatSchema.of(Json.parse("{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}}}"));
        assertThat(flat.accepts(Json.parse("{\"other\":[1,2]}"))).isTrue();
        assertThat(flat.accepts(Json.parse("{\"text\":5}"))).isFalse();
    }

    @Test
    void schemasWithAnyOtherKeyword_haveNoFlatForm() {
        for (String schema : List.of("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"string\",\"maxLength\":3}}}",
                "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"string\",\"format\":\"email\"}}}",
                "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":[\"string\",\"null\"]}}}",
                "{\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/n\"}},\"$defs\":{\"n\":{\"type\":\"string\"}}}",
                "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\"}",
                "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}",
                "{\"type\":\"array\"}", "{\"type\":\"object\",\"enum\":[{}]}")) {
            assertThat(FlatSchema.of(Json.parse(schema))).as(schema).isNull();
        }
    }

    @Test
    void invalidArguments_stillGetTheGeneralValidatorsMessages() {
        CompiledSchema schema = CompiledSchema.compile("test", Json.parse(SCHEMA));
        assertThat(schema.validate(Json.parse("{\"text\":\"hi\"}"))).isEmpty();
        assertThat(schema.validate(Json.parse("{\"text\":1}"))).singleElement().asString().contains("text");
        assertThat(schema.validate(Json.parse("{}"))).singleElement().asString().contains("text");
    }
}
