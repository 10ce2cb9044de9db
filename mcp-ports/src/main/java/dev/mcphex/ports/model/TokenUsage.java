package dev.mcphex.ports.model;

/**
 * Tokens one model turn (or a sum of turns) took. A model that does not report usage is counted by an
 * estimate of its adapter's choosing.
 *
 * @param inputTokens  tokens read
 * @param outputTokens tokens written
 */
public record TokenUsage(long inputTokens, long outputTokens) {
    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    public long total() {
        return inputTokens + outputTokens;
    }

    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }
}
