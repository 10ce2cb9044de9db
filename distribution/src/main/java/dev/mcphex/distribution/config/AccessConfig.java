package dev.mcphex.distribution.config;

import dev.mcphex.domain.McpServerBuilder;
import dev.mcphex.domain.access.RateLimits;
import dev.mcphex.domain.access.ToolTimeouts;
import dev.mcphex.ports.driven.RateLimiter.Limit;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the engine holds callers to: the shared request-state key, rate limits and tool timeouts.
 *
 * @param requestStateSecret the key sealing multi round-trip state, from {@value #REQUEST_STATE_SECRET}; empty
 *                           draws a random one per process
 * @param rateLimits         from {@value #RATE_LIMIT_PER_PRINCIPAL}, {@value #RATE_LIMIT_PER_TOOL} and
 *                           {@value #RATE_LIMITS}
 * @param timeouts           from {@value #TOOL_TIMEOUT} and {@value #TOOL_TIMEOUTS}
 */
public record AccessConfig(Optional<byte[]> requestStateSecret, RateLimits rateLimits, ToolTimeouts timeouts) {
    public static final String REQUEST_STATE_SECRET = "MCP_REQUEST_STATE_SECRET";
    public static final String RATE_LIMIT_PER_PRINCIPAL = "MCP_RATE_LIMIT_PER_PRINCIPAL";
    public static final String RATE_LIMIT_PER_TOOL = "MCP_RATE_LIMIT_PER_TOOL";
    public static final String RATE_LIMITS = "MCP_RATE_LIMITS";
    public static final String TOOL_TIMEOUT = "MCP_TOOL_TIMEOUT";
    public static final String TOOL_TIMEOUTS = "MCP_TOOL_TIMEOUTS";

    /**
     * Reads the configuration.
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static AccessConfig from(Environment env) {
        Optional<byte[]> secret = env.get(REQUEST_STATE_SECRET).filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        if (secret.isPresent() && secret.get().length < 32) {
            throw new InvalidConfigurationException(REQUEST_STATE_SECRET + " must be at least 32 bytes");
        }
        var limits = new RateLimits(read(env, RATE_LIMIT_PER_PRINCIPAL, AccessConfig::limit),
                read(env, RATE_LIMIT_PER_TOOL, AccessConfig::limit), perTool(env, RATE_LIMITS, AccessConfig::limit));
        var timeouts = new ToolTimeouts(read(env, TOOL_TIMEOUT, Durations::parse),
                perTool(env, TOOL_TIMEOUTS, Durations::parse));
        return new AccessConfig(secret, limits, timeouts);
    }

    /** Hands the settings to the engine being built. */
    public void applyTo(McpServerBuilder builder) {
        requestStateSecret.ifPresent(builder::requestStateSecret);
        builder.rateLimits(rateLimits).toolTimeouts(timeouts);
    }

    /** {@code 100/1m}: 100 calls per minute. */
    private static Limit limit(String text) {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a limit such as 100/1m");
        }
        return new Limit(Long.parseLong(parts[0].strip()), Durations.parse(parts[1]));
    }

    private static <T> T read(Environment env, String variable, Function<String, T> parser) {
        try {
            return env.get(variable).filter(s -> !s.isBlank()).map(parser).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(variable + ": " + e.getMessage());
        }
    }

    /** {@code tool=value,tool=value}. */
    private static <T> Map<String, T> perTool(Environment env, String variable, Function<String, T> parser) {
        Map<String, T> values = new HashMap<>();
        for (String entry : env.get(variable).orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new InvalidConfigurationException(variable + " must be a list of tool=value");
            }
            String value = entry.substring(equals + 1);
            values.put(entry.substring(0, equals).strip(), read(name -> Optional.of(value), variable, parser));
        }
        return values;
    }

    /** The secret, copied. */
    @Override
    public Optional<byte[]> requestStateSecret() {
        return requestStateSecret.map(byte[]::clone);
    }
}
