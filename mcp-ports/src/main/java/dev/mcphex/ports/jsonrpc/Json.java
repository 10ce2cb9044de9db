package dev.mcphex.ports.jsonrpc;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper of the project, with the limits that keep hostile input harmless:
 * bounded nesting depth, bounded string and number lengths, and duplicate keys rejected in every
 * document read as a tree ({@link #parse}, {@code MAPPER.readTree}), which is how the project reads
 * all its input. Binding text straight to a class ({@code MAPPER.readValue}) would not reject them:
 * read the tree first, then bind it ({@code MAPPER.treeToValue}).
 */
public final class Json {
    /** The deepest nesting accepted in any inbound document. */
    public static final int MAX_NESTING_DEPTH = 128;

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(100)
                            .maxStringLength(64 * 1024 * 1024)
                            .build())
                    .build())
            // Duplicate keys are caught as the tree is built (a replaced entry), which costs nothing;
            // the parser's own detection (StreamReadFeature.STRICT_DUPLICATE_DETECTION) keeps a set
            // of names per object of three or more, on every request. Every inbound document is
            // read as a tree.
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Parses a JSON document; throws {@link tools.jackson.core.JacksonException} when it is not one. */
    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    /** Serializes a tree on one line. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** Serializes a tree on one line, as UTF-8. */
    public static byte[] writeBytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }
}
