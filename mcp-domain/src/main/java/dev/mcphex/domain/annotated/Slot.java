package dev.mcphex.domain.annotated;

import dev.mcphex.ports.spi.McpContext;

/**
 * How one method parameter gets its value on each call.
 *
 * @param <A> what the request's arguments arrive as
 */
@FunctionalInterface
interface Slot<A> {
    Object value(A arguments, McpContext context);
}
