package dev.mcphex.domain.access;

import dev.mcphex.domain.exchange.RequestCancelledException;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.ports.spi.Cancellation;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long a tool call may run: a default, and per tool an override. A call that runs past its limit is
 * cancelled, and the caller gets a tool error result naming the limit.
 *
 * @param fallback  the limit of tools with no override, or {@code null} for none
 * @param overrides per tool name, its limit
 */
public record ToolTimeouts(Duration fallback, Map<String, Duration> overrides) {
    /** No limits: a call runs until the request itself ends. */
    public static final ToolTimeouts NONE = new ToolTimeouts(null, Map.of());

    public ToolTimeouts {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        if (fallback != null && !fallback.isPositive() || overrides.values().stream().anyMatch(d -> !d.isPositive())) {
            throw new IllegalArgumentException("tool timeouts must be positive");
        }
    }

    /** Tool code run under a scope. */
    @FunctionalInterface
    public interface Call<T> {
        T run(RequestScope scope) throws Exception;
    }

    /** Signals that a tool call ran past its limit. */
    public static final class TimedOutException extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOutException(String tool, Duration limit) {
            super("Tool '" + tool + "' timed out after " + describe(limit), null, false, false);
        }
    }

    /**
     * Runs {@code call} for {@code tool} under a scope whose cancellation fires at the tool's limit.
     *
     * @throws TimedOutException when the limit passed first
     */
    public <T> T run(RequestScope scope, String tool, Call<T> call) throws Exception {
        Duration limit = overrides.getOrDefault(tool, fallback);
        if (limit == null) {
            return call.run(scope);
        }
        var own = new Cancellation();
        Cancellation request = scope.cancellation();
        request.onCancel(() -> own.cancel(request.reason()));
        var done = new AtomicBoolean();
        var timedOut = new AtomicBoolean();
        CompletableFuture.runAsync(() -> {
            if (!done.get()) {
                timedOut.set(true);
                own.cancel("timed out");
            }
        }, CompletableFuture.delayedExecutor(limit.toNanos(), TimeUnit.NANOSECONDS));
        var limited = new RequestScope(scope.id(), scope.method(), scope.params(), scope.version(), scope.principal(),
                scope.clientCapabilities(), scope.clientInfo(), scope.logThreshold(), scope.progressToken(), own,
                scope.sink(), scope.sessionId());
        try {
            return call.run(limited);
        } catch (RequestCancelledException e) {
            if (timedOut.get() && !request.isCancelled()) {
                throw new TimedOutException(tool, limit);
            }
            throw e;
        } finally {
            done.set(true);
        }
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

}
