package dev.mcphex.domain.exchange;

import tools.jackson.databind.node.ObjectNode;

/** How one run of a handler ended: with its value, or (modern era) needing input from the client. */
public sealed interface Round<T> {

    /** The handler finished. */
    record Completed<T>(T value) implements Round<T> {
    }

    /** The handler needs input; the result is the {@code input_required} result to send. */
    record NeedsInput<T>(ObjectNode result) implements Round<T> {
    }
}
