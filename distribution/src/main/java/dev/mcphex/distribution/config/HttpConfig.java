package dev.mcphex.distribution.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where and how {@code mcphex serve} listens.
 *
 * @param host         the bind address, from {@value #HOST}; loopback by default
 * @param port         the port, from {@value #PORT} (or {@code PORT}); 8000 by default
 * @param path         the MCP endpoint's path, from {@value #PATH}; {@code /mcp} by default
 * @param allowedHosts extra host names accepted in Host and Origin, from {@value #ALLOWED_HOSTS} (comma-separated);
 *                     localhost names are always accepted
 * @param corsOrigins  origins granted cross-origin access, from {@value #CORS_ORIGINS} (comma-separated)
 */
public record HttpConfig(String host, int port, String path, Set<String> allowedHosts, Set<String> corsOrigins) {
    public static final String HOST = "MCP_HTTP_HOST";
    public static final String PORT = "MCP_PORT";
    public static final String PLAIN_PORT = "PORT";
    public static final String PATH = "MCP_HTTP_PATH";
    public static final String ALLOWED_HOSTS = "MCP_ALLOWED_HOSTS";
    public static final String CORS_ORIGINS = "MCP_CORS_ORIGINS";

    public HttpConfig {
        allowedHosts = Set.copyOf(allowedHosts);
        corsOrigins = Set.copyOf(corsOrigins);
    }

    /**
     * Reads the configuration.
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static HttpConfig from(Environment environment) {
        String host = environment.get(HOST).map(String::strip).filter(h -> !h.isEmpty()).orElse("127.0.0.1");
        String portVariable = environment.get(PORT).isPresent() ? PORT : PLAIN_PORT;
        int port = environment.get(portVariable).map(value -> port(portVariable, value)).orElse(8000);
        String path = environment.get(PATH).map(String::strip).orElse("/mcp");
        if (!path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidConfigurationException(PATH + " must be a path starting with '/'");
        }
        return new HttpConfig(host, port, path, list(environment, ALLOWED_HOSTS), list(environment, CORS_ORIGINS));
    }

    private static int port(String variable, String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65_535) {
                throw new InvalidConfigurationException(variable + " must be a port number from 0 to 65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(variable + " must be a port number from 0 to 65535");
        }
    }

    private static Set<String> list(Environment environment, String variable) {
        return environment.get(variable).map(value -> Arrays.stream(value.split(","))
                .map(String::strip).filter(v -> !v.isEmpty()).collect(java.util.stream.Collectors.toCollection(
                        LinkedHashSet::new))).map(Set::<String>copyOf).orElse(Set.of());
    }
}
