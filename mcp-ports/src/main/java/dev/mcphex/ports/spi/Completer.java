package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.Completion;
import java.util.Map;

/** Suggests values for a prompt argument or a URI-template variable ({@code completion/complete}). */
@FunctionalInterface
public interface Completer {
    /** A completer that never suggests anything. */
    Completer NONE = (argument, value, context) -> Completion.EMPTY;

    /**
     * @param argument the argument or variable being completed
     * @param value    what the user has typed so far
     * @param context  values of other arguments already resolved
     */
    Completion complete(String argument, String value, Map<String, String> context);
}
