package dev.mcphex.domain.wire;

import java.util.List;
import java.util.function.Function;

/**
 * One named check of the conversation: a message the engine sent, judged against a revision's schema.
 *
 * @param version the revision the message was sent under
 * @param name    what the message is, as the test is named
 * @param verdict the problems found with the schema of {@code version}; empty when the message conforms
 */
record WireCase(String version, String name, Function<McpSchema, List<String>> verdict) {

    /** A check that fails for a reason found while driving the engine. */
    static WireCase failed(String version, String name, String reason) {
        return new WireCase(version, name, schema -> List.of(reason));
    }

    @Override
    public String toString() {
        return version + " " + name;
    }
}
