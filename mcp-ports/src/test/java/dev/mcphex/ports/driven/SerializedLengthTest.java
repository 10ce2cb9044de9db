package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class SerializedLengthTest {

    @Test
    void bound_isNeverBelowTheSerializedLength() {
        for (String json : List.of("{}", "[]", "\"\"", "{\"a\":\"\\u0001\\u0002\\\"\\\\\"}", "[1,2.5,-3e300,true,false,null]",
                "{\"n\":123456789012345678901234567890.123456789}", "{\"deep\":{\"er\":[{\"x\":[[],{}]}]}}",
                "{\"é中😀\":\"é中😀\\n\\t\"}")) {
            JsonNode node = Json.parse(json);
            int length = Json.write(node).length();
            assertThat(SerializedLength.atMost(node, length - 1)).as(json).isFalse();
        }
    }

    @Test
    void shortTree_isKnownShortWithoutSerializing() {
        assertThat(SerializedLength.atMost(Json.parse("{\"text\":\"hello\",\"count\":3}"), 200)).isTrue();
    }

    @Test
    void longString_isNotKnownShort() {
        var node = JsonNodeFactory.instance.objectNode().put("text", "x".repeat(2_000));
        assertThat(SerializedLength.atMost(node, 8_192)).isFalse();
    }

    @Test
    void hugeArray_stopsCountingOnceOverTheBudget() {
        var array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 100_000; i++) {
            array.add(i);
        }
        assertThat(SerializedLength.atMost(array, 100)).isFalse();
    }

    @Test
    void historyEntry_keepsShortArgumentsAndPreviewsLongOnes() {
        JsonNode shortArguments = Json.parse("{\"text\":\"" + "y".repeat(2_000) + "\"}");
        JsonNode longArguments = Json.parse("{\"text\":\"" + "z".repeat(9_000) + "\"}");
        assertThat(entry(shortArguments).arguments()).isSameAs(shortArguments);
        JsonNode preview = entry(longArguments).arguments();
        assertThat(preview.get("truncated").booleanValue()).isTrue();
        assertThat(preview.get("originalLength").intValue()).isEqualTo(Json.write(longArguments).length());
        assertThat(preview.get("preview").stringValue()).hasSize(HistoryEntry.MAX_ARGUMENTS_CHARS / 2);
    }

    private static HistoryEntry entry(JsonNode arguments) {
        return new HistoryEntry("id", Instant.EPOCH, "p", Era.MODERN, null, "tools/call", "t", arguments, null,
                Duration.ZERO, HistoryEntry.Status.OK, null, null);
    }
}
