package dev.mcphex.distribution.config;

import dev.mcphex.packs.sql.SqlSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The settings of the built-in {@code sql} pack.
 *
 * @param settings where and how it queries, when {@value #URL} is set; empty otherwise
 */
public record SqlPackConfig(Optional<SqlSettings> settings) {
    public static final String URL = "MCP_SQL_DATABASE_URL";
    public static final String SCHEMAS = "MCP_SQL_SCHEMAS";
    public static final String MAX_ROWS = "MCP_SQL_MAX_ROWS";
    public static final String TIMEOUT = "MCP_SQL_TIMEOUT_SECONDS";

    /**
     * Reads the configuration: the database URL, the allowed schemas ({@code public} by default), the row
     * cap (1000 by default) and the statement timeout (10 seconds by default).
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static SqlPackConfig from(Environment environment) {
        List<String> schemas = environment.get(SCHEMAS)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList())
                .orElse(List.of("public"));
        int maxRows = (int) ToolPacksConfig.positive(environment, MAX_ROWS, 1_000, 100_000);
        long seconds = ToolPacksConfig.positive(environment, TIMEOUT, 10, 600);
        Optional<String> url = environment.get(URL).filter(v -> !v.isBlank());
        try {
            return new SqlPackConfig(url.map(value -> SqlSettings.parse(value, schemas, maxRows, Duration.ofSeconds(seconds))));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(URL + " or " + SCHEMAS + ": " + e.getMessage());
        }
    }
}
