package dev.mcphex.ports.agents;

import java.time.Duration;
import java.util.Objects;

/**
 * The budget of one agent's part in a run. Reaching any limit stops the agent and records why.
 *
 * @param maxSteps    the most model turns plus tool calls; positive
 * @param maxTokens   the most tokens its model turns may take in all; positive
 * @param maxDuration the longest it may work; positive
 */
public record AgentLimits(int maxSteps, long maxTokens, Duration maxDuration) {
    /** Limits for definitions that set none: 16 steps, 32,000 tokens, two minutes. */
    public static final AgentLimits DEFAULT = new AgentLimits(16, 32_000, Duration.ofMinutes(2));

    public AgentLimits {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxSteps <= 0 || maxTokens <= 0 || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("agent limits must be positive");
        }
    }
}
