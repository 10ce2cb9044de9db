package dev.mcphex.distribution.config;

import dev.mcphex.adapter.javalin.auth.AuthOptions;
import dev.mcphex.adapter.javalin.auth.KeySource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the HTTP transport authenticates callers. Token verification is on when a key source is set:
 * {@value #SECRET} (or {@value #LEGACY_SECRET}) for HS256, {@value #JWKS_URL} or {@value #PUBLIC_KEY_FILE}
 * for RS256/ES256.
 *
 * @param options              the token checks, or empty when no key source is set
 * @param allowUnauthenticated whether {@value #ALLOW_UNAUTHENTICATED} permits serving a non-loopback address without them
 */
public record AuthConfig(Optional<AuthOptions> options, boolean allowUnauthenticated) {
    public static final String SECRET = "MCP_JWT_SECRET";
    public static final String LEGACY_SECRET = "MCP_ENHANCED_JWT_SECRET";
    public static final String KEY_ID = "MCP_JWT_KID";
    public static final String LEGACY_KEY_ID = "MCP_ENHANCED_JWT_KID";
    public static final String JWKS_URL = "MCP_JWKS_URL";
    public static final String PUBLIC_KEY_FILE = "MCP_JWT_PUBLIC_KEY_FILE";
    public static final String ALGORITHMS = "MCP_JWT_ALGORITHMS";
    public static final String ISSUER = "MCP_JWT_ISSUER";
    public static final String RESOURCE = "MCP_RESOURCE_URI";
    public static final String LEEWAY = "MCP_JWT_LEEWAY_SECONDS";
    public static final String MAX_BYTES = "MCP_JWT_MAX_BYTES";
    public static final String PERMISSIONS_CLAIM = "MCP_JWT_PERMISSIONS_CLAIM";
    public static final String AUTHORIZATION_SERVERS = "MCP_AUTHORIZATION_SERVERS";
    public static final String SCOPES = "MCP_SCOPES_SUPPORTED";
    public static final String ALLOW_UNAUTHENTICATED = "MCP_ALLOW_UNAUTHENTICATED";

    /**
     * Reads the configuration.
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static AuthConfig from(Environment env, HttpConfig http) {
        boolean allow = env.get(ALLOW_UNAUTHENTICATED).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
        Optional<KeySource> keys = keys(env);
        if (keys.isEmpty()) {
            return new AuthConfig(Optional.empty(), allow);
        }
        String fallbackAlgorithm = keys.get() instanceof KeySource.Hmac ? "HS256" : "RS256";
        Set<String> algorithms = Set.copyOf(list(env, ALGORITHMS, List.of(fallbackAlgorithm)));
        String host = http.host().contains(":") ? "[" + http.host() + "]" : http.host();
        URI resource = URI.create(env.get(RESOURCE).map(String::strip)
                .orElse("http://" + host + ":" + http.port() + http.path()));
        try {
            return new AuthConfig(Optional.of(new AuthOptions(keys.get(), algorithms,
                    env.get(ISSUER).map(String::strip).orElse("mcphex"), resource,
                    Duration.ofSeconds(number(env, LEEWAY, 60)), (int) number(env, MAX_BYTES, 8192),
                    env.get(PERMISSIONS_CLAIM).orElse("permissions"), list(env, AUTHORIZATION_SERVERS, List.of()),
                    list(env, SCOPES, List.of()))), allow);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("invalid token configuration: " + e.getMessage());
        }
    }

    private static Optional<KeySource> keys(Environment env) {
        Optional<String> secret = env.get(SECRET).or(() -> env.get(LEGACY_SECRET)).filter(s -> !s.isBlank());
        if (secret.isPresent()) {
            byte[] bytes = secret.get().getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new InvalidConfigurationException(SECRET + " must be at least 32 bytes");
            }
            return Optional.of(new KeySource.Hmac(bytes, env.get(KEY_ID).or(() -> env.get(LEGACY_KEY_ID))
                    .filter(k -> !k.isBlank()).orElse(null)));
        }
        Optional<String> jwks = env.get(JWKS_URL).filter(s -> !s.isBlank());
        if (jwks.isPresent()) {
            return Optional.of(new KeySource.Jwks(URI.create(jwks.get().strip()), Duration.ofSeconds(30),
                    Duration.ofMinutes(10)));
        }
        return env.get(PUBLIC_KEY_FILE).filter(s -> !s.isBlank()).map(f -> new KeySource.Pem(Path.of(f.strip())));
    }

    private static long number(Environment env, String variable, long fallback) {
        try {
            return env.get(variable).map(String::strip).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(variable + " must be a whole number");
        }
    }

    private static List<String> list(Environment env, String variable, List<String> fallback) {
        return env.get(variable).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).orElse(fallback);
    }
}
