package dev.mcphex.distribution.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tool packs are switched on, and the settings of the built-in ones.
 *
 * @param enabled          the pack names from {@value #PACKS} (comma-separated); empty when unset, which
 *                         switches on every pack found on the class path and no built-in one
 * @param fetchHosts       hosts the {@code http} pack may fetch from, from {@value #FETCH_HOSTS}
 * @param fetchMaxBytes    the largest body the {@code http} pack reads, from {@value #FETCH_MAX_BYTES}; 1 MiB by default
 * @param fetchTimeout     how long one fetch may take, from {@value #FETCH_TIMEOUT}; 10 seconds by default
 * @param contextLifetime  the longest lifetime of a {@code context} pack handle, from {@value #CONTEXT_LIFETIME};
 *                         one day by default
 * @param sql              the settings of the {@code sql} pack
 */
public record ToolPacksConfig(Optional<Set<String>> enabled, Set<String> fetchHosts, long fetchMaxBytes,
                              Duration fetchTimeout, Duration contextLifetime, SqlPackConfig sql) {
    public static final String PACKS = "MCP_TOOL_PACKS";
    public static final String FETCH_HOSTS = "MCP_HTTP_FETCH_ALLOWED_HOSTS";
    public static final String FETCH_MAX_BYTES = "MCP_HTTP_FETCH_MAX_BYTES";
    public static final String FETCH_TIMEOUT = "MCP_HTTP_FETCH_TIMEOUT_SECONDS";
    public static final String CONTEXT_LIFETIME = "MCP_CONTEXT_MAX_LIFETIME_SECONDS";

    public ToolPacksConfig {
        enabled = enabled.map(Set::copyOf);
        fetchHosts = Set.copyOf(fetchHosts);
    }

    /**
     * Reads the configuration.
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static ToolPacksConfig from(Environment environment) {
        Optional<Set<String>> enabled = environment.get(PACKS).map(ToolPacksConfig::names);
        Set<String> hosts = environment.get(FETCH_HOSTS).map(ToolPacksConfig::names).orElse(Set.of());
        long maxBytes = positive(environment, FETCH_MAX_BYTES, 1_048_576, 1L << 30);
        long seconds = positive(environment, FETCH_TIMEOUT, 10, 600);
        long lifetime = positive(environment, CONTEXT_LIFETIME, 86_400, 30L * 86_400);
        return new ToolPacksConfig(enabled, hosts, maxBytes, Duration.ofSeconds(seconds), Duration.ofSeconds(lifetime),
                SqlPackConfig.from(environment));
    }

    /** Whether a pack of this name is switched on; {@code discovered} tells a class-path pack from a built-in one. */
    public boolean isOn(String name, boolean discovered) {
        return enabled.map(names -> names.contains(name)).orElse(discovered);
    }

    private static Set<String> names(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A whole number from 1 to {@code max}, or {@code fallback} when the variable is unset. */
    static long positive(Environment environment, String variable, long fallback, long max) {
        return environment.get(variable).map(value -> {
            String problem = variable + " must be a whole number from 1 to " + max;
            long parsed;
            try {
                parsed = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidConfigurationException(problem, e);
            }
            if (parsed < 1 || parsed > max) {
                throw new InvalidConfigurationException(problem);
            }
            return parsed;
        }).orElse(fallback);
    }
}
