package dev.mcphex.ports.driven;

import tools.jackson.databind.JsonNode;

/**
 * An upper bound of a JSON tree's serialized length, found by walking the tree without writing it:
 * every string counted as if each of its characters needed a six-character escape. It lets a caller
 * skip serializing a tree just to learn that it is short.
 */
final class SerializedLength {
    private static final int ESCAPED_CHAR = 6;
    private static final int SCALAR = 32;

    private SerializedLength() {
    }

    /** Whether {@code node} surely serializes to at most {@code max} characters; false when unsure. */
    static boolean atMost(JsonNode node, int max) {
        return bound(node, max) <= max;
    }

    /** An upper bound of the length, or {@code budget + 1} once the bound passes {@code budget}. */
    private static long bound(JsonNode node, long budget) {
        long length = switch (node.getNodeType()) {
            case STRING -> 2 + (long) ESCAPED_CHAR * node.stringValue().length();
            case BOOLEAN, NULL, MISSING -> 5;
            case NUMBER -> node.isBigDecimal() || node.isBigInteger() ? node.asString().length() : SCALAR;
            case ARRAY -> {
                long total = 2;
                for (JsonNode element : node) {
                    total += 1 + bound(element, Math.max(0, budget - total));
                    if (total > budget) {
                        break;
                    }
                }
                yield total;
            }
            case OBJECT -> {
                long total = 2;
                for (var field : node.properties()) {
                    total += 4 + (long) ESCAPED_CHAR * field.getKey().length();
                    if (total > budget) {
                        break;
                    }
                    total += bound(field.getValue(), budget - total);
                    if (total > budget) {
                        break;
                    }
                }
                yield total;
            }
            case BINARY, POJO -> budget + 1;
        };
        return Math.min(length, budget + 1);
    }
}
