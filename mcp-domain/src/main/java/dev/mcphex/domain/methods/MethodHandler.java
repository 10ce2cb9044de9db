package dev.mcphex.domain.methods;

import dev.mcphex.domain.exchange.RequestScope;
import tools.jackson.databind.node.ObjectNode;

/** Handles one method: returns the result object, or throws a protocol error. */
@FunctionalInterface
public interface MethodHandler {
    ObjectNode handle(RequestScope scope) throws Exception;
}
