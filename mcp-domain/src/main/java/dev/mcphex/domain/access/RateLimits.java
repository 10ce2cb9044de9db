package dev.mcphex.domain.access;

import dev.mcphex.ports.driven.RateLimiter.Limit;
import java.util.Map;
import java.util.Optional;

/**
 * The limits tool calls are held to.
 *
 * @param principalLimit every tool call of one caller, or {@code null} for no limit
 * @param toolLimit      one caller's calls of one tool, unless overridden, or {@code null} for no limit
 * @param toolOverrides  per tool name, a limit instead of {@code toolLimit}
 */
public record RateLimits(Limit principalLimit, Limit toolLimit, Map<String, Limit> toolOverrides) {
    /** No limits. */
    public static final RateLimits NONE = new RateLimits(null, null, Map.of());

    public RateLimits {
        toolOverrides = toolOverrides == null ? Map.of() : Map.copyOf(toolOverrides);
    }

    /** The limit on all of one caller's tool calls. */
    public Optional<Limit> forPrincipal() {
        return Optional.ofNullable(principalLimit);
    }

    /** The limit on one caller's calls of {@code tool}. */
    public Optional<Limit> forTool(String tool) {
        return Optional.ofNullable(toolOverrides.getOrDefault(tool, toolLimit));
    }
}
