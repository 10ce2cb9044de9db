package dev.mcphex.domain.annotated;

import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Principal;
import java.util.Map;
import java.util.function.Function;

/** The parameter types the engine supplies from the request's context rather than from arguments. */
final class Injection {
    private static final Map<Class<?>, Function<McpContext, Object>> RESOLVERS = Map.of(
            McpContext.class, context -> context,
            Cancellation.class, context -> context == null ? null : context.cancellation(),
            Principal.class, context -> context == null ? null : context.principal());

    private Injection() {
    }

    static boolean isInjectable(Class<?> type) {
        return RESOLVERS.containsKey(type);
    }

    /** Resolves an injectable parameter; only valid when {@link #isInjectable(Class)} holds. */
    static Function<McpContext, Object> resolver(Class<?> type) {
        return RESOLVERS.get(type);
    }
}
