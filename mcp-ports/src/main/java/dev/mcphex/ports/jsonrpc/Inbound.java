package dev.mcphex.ports.jsonrpc;

import java.util.List;
import java.util.Objects;

/** What the codec read from one inbound document: one message, a batch, or something invalid. */
public sealed interface Inbound {

    /** One well-formed message. */
    record Single(JsonRpcMessage message) implements Inbound {
        public Single {
            Objects.requireNonNull(message, "message");
        }
    }

    /** A JSON array of messages; each element is a {@link Single} or an {@link Invalid}. */
    record Batch(List<Inbound> elements) implements Inbound {
        public Batch {
            elements = List.copyOf(elements);
        }
    }

    /** Input that is not a valid message, with the error response it deserves. */
    record Invalid(JsonRpcError error) implements Inbound {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }
}
