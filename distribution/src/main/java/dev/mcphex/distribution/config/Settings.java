package dev.mcphex.distribution.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every setting mcphex reads, in the order the README documents them, and the check that reads them all.
 * Each is an environment variable and, under the same name, a key of the configuration file.
 */
public final class Settings {
    /** The variable that holds the PostgreSQL store's address. */
    public static final String DATABASE_URL = "DATABASE_URL";
    /** The variable that holds the Redis store's address. */
    public static final String REDIS_URL = "REDIS_URL";
    /** The variable that holds the bearer token {@code mcphex proxy} sends. */
    public static final String PROXY_TOKEN = "MCP_PROXY_TOKEN";
    /** The variable that holds the Redis store's address, winning over {@value #REDIS_URL}. */
    public static final String MCP_REDIS_URL = "MCP_REDIS_URL";

    /** All settings. */
    public static final List<Setting> ALL = List.of(
            new Setting(ConfigFile.VARIABLE, "none", "Configuration file (properties); --config FILE wins over it"),
            new Setting(ServerConfig.NAME, ServerConfig.DEFAULT_NAME, "Server name sent to clients"),
            new Setting(ServerConfig.VERSION, "the mcphex release", "Server version sent to clients"),
            new Setting(HttpConfig.HOST, "127.0.0.1", "Address `serve` binds; 0.0.0.0 in containers"),
            new Setting(HttpConfig.PORT, "8000", "Port `serve` listens on"),
            new Setting(HttpConfig.PLAIN_PORT, "8000", "Port, when MCP_PORT is unset (platform convention)"),
            new Setting(HttpConfig.PATH, "/mcp", "Path of the MCP endpoint"),
            new Setting(HttpConfig.ALLOWED_HOSTS, "localhost names", "Extra Host/Origin names accepted (comma-separated)"),
            new Setting(HttpConfig.CORS_ORIGINS, "none", "Origins granted cross-origin access (comma-separated)"),
            new Setting(ToolPacksConfig.PACKS, "every pack on the class path",
                    "Tool packs switched on (comma-separated names, built-in `http`, `context`, `history`, `sql` included)"),
            new Setting(ToolPacksConfig.FETCH_HOSTS, "none", "Hosts the `http` pack may fetch from (comma-separated)"),
            new Setting(ToolPacksConfig.FETCH_MAX_BYTES, "1048576", "Largest body the `http` pack reads"),
            new Setting(ToolPacksConfig.FETCH_TIMEOUT, "10", "Time limit of one fetch of the `http` pack, in seconds"),
            new Setting(ToolPacksConfig.CONTEXT_LIFETIME, "86400", "Longest lifetime of a `context` pack handle, in seconds"),
            new Setting(SqlPackConfig.URL, "none", "PostgreSQL the `sql` pack queries (postgresql:// or jdbc:postgresql://)"),
            new Setting(SqlPackConfig.SCHEMAS, "public", "Schemas the `sql` pack may read (comma-separated; its search_path)"),
            new Setting(SqlPackConfig.MAX_ROWS, "1000", "Most rows one `sql_query` returns"),
            new Setting(SqlPackConfig.TIMEOUT, "10", "Statement timeout of one `sql_query`, in seconds"),
            new Setting(OpenAiConfig.MODEL, "none", "Model of the OpenAI-compatible chat-completions API (turns it on)"),
            new Setting(OpenAiConfig.BASE_URL, OpenAiConfig.DEFAULT_BASE_URL, "Base URL of that API ({base}/chat/completions)"),
            new Setting(OpenAiConfig.API_KEY, "none", "Bearer token for that API"),
            new Setting(OpenAiConfig.TIMEOUT, "120", "Time limit of one answer of that API, in seconds"),
            new Setting(OpenAiConfig.STREAM, "false", "Whether that API streams its answers (server-sent events)"),
            new Setting(LoggingConfig.LEVEL, "INFO", "Root log level; POST /api/log-level changes it at run time"),
            new Setting(LoggingConfig.FORMAT, "json for serve, text otherwise", "Log format on standard error"),
            new Setting(LoggingConfig.DIR, "none", "Directory of a daily-rotated mcphex.log (JSON lines)"),
            new Setting(PROXY_TOKEN, "none", "Bearer token `mcphex proxy` sends when --token is not given"),
            new Setting(DatabaseConfig.MCP_DATABASE_URL, "none", "PostgreSQL store; wins over DATABASE_URL"),
            new Setting(DATABASE_URL, "none", "PostgreSQL store (postgresql://user:password@host:5432/db)"),
            new Setting(MCP_REDIS_URL, "none", "Redis store; wins over REDIS_URL"),
            new Setting(REDIS_URL, "none", "Redis store (redis://[:password@]host:6379)"),
            new Setting(SessionConfig.IDLE_TIMEOUT, "30m", "How long an idle legacy session lives"),
            new Setting(AuthConfig.SECRET, "none", "HS256 secret for bearer tokens (turns auth on)"),
            new Setting(AuthConfig.LEGACY_SECRET, "none", "Same as MCP_JWT_SECRET (original deployment's name)"),
            new Setting(AuthConfig.KEY_ID, "none", "Key id tokens must carry with the secret"),
            new Setting(AuthConfig.LEGACY_KEY_ID, "none", "Same as MCP_JWT_KID (original deployment's name)"),
            new Setting(AuthConfig.JWKS_URL, "none", "JWKS for RS256/ES256 tokens (turns auth on)"),
            new Setting(AuthConfig.PUBLIC_KEY_FILE, "none", "PEM public key for RS256/ES256 tokens (turns auth on)"),
            new Setting(AuthConfig.ALGORITHMS, "HS256 with a secret, RS256 otherwise", "Accepted algorithms"),
            new Setting(AuthConfig.ISSUER, "mcphex", "Required iss"),
            new Setting(AuthConfig.RESOURCE, "http://<host>:<port><path>", "Resource URI: required aud"),
            new Setting(AuthConfig.LEEWAY, "60", "Clock skew allowed on exp, nbf, iat (seconds)"),
            new Setting(AuthConfig.MAX_BYTES, "8192", "Longest token accepted"),
            new Setting(AuthConfig.PERMISSIONS_CLAIM, "permissions", "Claim whose values count as scopes"),
            new Setting(AuthConfig.AUTHORIZATION_SERVERS, "none", "Authorization servers in the resource metadata"),
            new Setting(AuthConfig.SCOPES, "none", "Scopes in the resource metadata and 401 challenges"),
            new Setting(AuthConfig.ALLOW_UNAUTHENTICATED, "false", "Allow a non-loopback bind without token checks"),
            new Setting(AccessConfig.REQUEST_STATE_SECRET, "random per process", "Key sealing request state"),
            new Setting(AccessConfig.RATE_LIMIT_PER_PRINCIPAL, "none", "Tool calls per caller, such as 100/1m"),
            new Setting(AccessConfig.RATE_LIMIT_PER_TOOL, "none", "Calls of one tool per caller, such as 10/1s"),
            new Setting(AccessConfig.RATE_LIMITS, "none", "Per-tool rate limits: tool=10/1m,other=1/1s"),
            new Setting(AccessConfig.TOOL_TIMEOUT, "none", "How long a tool call may run (30s, 5m)"),
            new Setting(AccessConfig.TOOL_TIMEOUTS, "none", "Per-tool timeouts: slow_tool=5m,fast_tool=2s"),
            new Setting(AgentsConfig.AGENTS, "none", "Agent definitions: a JSON file or a directory of them (turns agents on)"),
            new Setting(AgentsConfig.MODEL, "sampling", "The model agents use: `sampling`, `openai` or `scripted`"),
            new Setting(AgentsConfig.SCRIPT, "none", "The script file of the `scripted` agent model"),
            new Setting(AgentsConfig.RUN_MAX_STEPS, "64", "Most steps (model turns and tool calls) of one agent run"),
            new Setting(AgentsConfig.RUN_MAX_TOKENS, "200000", "Most model tokens of one agent run"),
            new Setting(AgentsConfig.RUN_TIMEOUT, "10m", "Longest time of one agent run"));

    private Settings() {
    }

    /** Every problem with the configuration, one message per unusable setting; empty when all is well. */
    public static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        check(problems, () -> ServerConfig.from(environment, Release.current()));
        check(problems, () -> HttpConfig.from(environment));
        check(problems, () -> LoggingConfig.from(environment, LoggingConfig.TEXT));
        check(problems, () -> ToolPacksConfig.from(environment));
        check(problems, () -> OpenAiConfig.from(environment));
        check(problems, () -> SessionConfig.from(environment));
        check(problems, () -> AccessConfig.from(environment));
        check(problems, () -> AuthConfig.from(environment, HttpConfig.from(environment)));
        check(problems, () -> AgentsConfig.from(environment));
        url(environment, DatabaseConfig.MCP_DATABASE_URL, List.of("postgres://", "postgresql://", "jdbc:postgresql://"),
                problems::add);
        url(environment, SqlPackConfig.URL, List.of("postgres://", "postgresql://", "jdbc:postgresql://"), problems::add);
        url(environment, MCP_REDIS_URL, List.of("redis://", "rediss://"), problems::add);
        url(environment, DATABASE_URL, List.of("postgres://", "postgresql://", "jdbc:postgresql://"), problems::add);
        url(environment, REDIS_URL, List.of("redis://", "rediss://"), problems::add);
        return problems;
    }

    private static void check(List<String> problems, Runnable read) {
        try {
            read.run();
        } catch (InvalidConfigurationException e) {
            problems.add(e.getMessage());
        }
    }

    private static void url(Environment environment, String variable, List<String> schemes, Consumer<String> problems) {
        environment.get(variable).filter(v -> !v.isBlank()).ifPresent(value -> {
            if (schemes.stream().noneMatch(value.strip()::startsWith)) {
                problems.accept(variable + " must start with one of " + String.join(", ", schemes));
            }
        });
    }
}
