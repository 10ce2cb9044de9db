package dev.mcphex.ports.jsonrpc;

import java.util.Objects;

/**
 * A JSON-RPC request id: a string or an integer (MCP forbids {@code null} ids on requests).
 * Integers are held as {@code long}; larger ones are rejected by the codec as invalid requests.
 */
public sealed interface RequestId {

    /** A string id, echoed verbatim. */
    record StringId(String value) implements RequestId {
        public StringId {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    /** An integer id. */
    record NumberId(long value) implements RequestId {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    static RequestId of(String value) {
        return new StringId(value);
    }

    static RequestId of(long value) {
        return new NumberId(value);
    }
}
