package dev.mcphex.distribution.config;

/**
 * How the server introduces itself to clients ({@code serverInfo} in the legacy era, {@code server/discover}
 * in the modern one).
 *
 * @param name    the server's name, from {@value #NAME}; {@value #DEFAULT_NAME} by default
 * @param version the server's version, from {@value #VERSION}; the mcphex release by default
 */
public record ServerConfig(String name, String version) {
    /** The variable that names the server. */
    public static final String NAME = "MCP_SERVER_NAME";
    /** The variable that sets the server's version. */
    public static final String VERSION = "MCP_SERVER_VERSION";
    /** The name of a server that was not given one. */
    public static final String DEFAULT_NAME = "mcp-server";

    private static final int MAX_LENGTH = 256;

    public ServerConfig {
        name = require(NAME, name);
        version = require(VERSION, version);
    }

    /**
     * Reads the configuration from the environment.
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static ServerConfig from(Environment environment, Release release) {
        return new ServerConfig(environment.get(NAME).orElse(DEFAULT_NAME),
                environment.get(VERSION).orElse(release.version()));
    }

    private static String require(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(variable + " must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidConfigurationException(variable + " must be at most " + MAX_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidConfigurationException(variable + " must not contain control characters");
        }
        return trimmed;
    }
}
