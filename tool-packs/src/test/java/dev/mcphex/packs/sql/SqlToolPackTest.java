package dev.mcphex.packs.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.packs.support.CallerContext;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Runs against the PostgreSQL that {@code MCP_TEST_DATABASE_URL} names (a local {@code test} database by default). */
class SqlToolPackTest {
    private static final String URL = System.getenv().getOrDefault("MCP_TEST_DATABASE_URL",
            "postgresql://postgres@127.0.0.1:5432/test");
    private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String ALLOWED = "sqlpack_" + SUFFIX;
    private static final String OTHER = "sqlpack_other_" + SUFFIX;
    private static SqlSettings settings;

    @BeforeAll
    static void createSchemas() {
        settings = SqlSettings.parse(URL, List.of(ALLOWED), 5, Duration.ofSeconds(1));
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + ALLOWED);
            statement.execute("CREATE SCHEMA " + OTHER);
            statement.execute("CREATE TABLE " + ALLOWED + ".items (id int PRIMARY KEY, name text, price numeric, "
                    + "tags jsonb, active boolean)");
            statement.execute("INSERT INTO " + ALLOWED + ".items SELECT g, 'item ' || g, g * 1.5, "
                    + "jsonb_build_object('n', g), g % 2 = 0 FROM generate_series(1, 20) g");
            statement.execute("CREATE TABLE " + OTHER + ".secrets (value text)");
            statement.execute("INSERT INTO " + OTHER + ".secrets VALUES ('hunter2')");
        } catch (SQLException e) {
            Assumptions.abort("The test PostgreSQL (" + settings.safeUrl() + ", set MCP_TEST_DATABASE_URL) cannot be "
                    + "reached or prepared: " + e.getMessage());
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + ALLOWED + " CASCADE");
            statement.execute("DROP SCHEMA IF EXISTS " + OTHER + " CASCADE");
        }
    }

    private static Connection admin() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", "2");
        return DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    private static JsonNode query(ObjectNode arguments) throws Exception {
        ToolResult result = new SqlToolPack(settings).tools().getFirst().handler()
                .call(new ToolCall(SqlToolPack.TOOL, arguments), CallerContext.of("alice"));
        assertThat(result.isError()).isFalse();
        return result.structuredContent();
    }

    private static JsonNode query(String sql) throws Exception {
        return query(Json.object().put("query", sql));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement();
             var results = statement.executeQuery(sql)) {
            results.next();
            return results.getLong(1);
        }
    }

    @Test
    void aSelect_returnsColumnsAndTypedRows() throws Exception {
        JsonNode table = query("SELECT id, name, price, tags, active FROM items WHERE id = 2");

        assertThat(table.get("columns").get(0).get("name").stringValue()).isEqualTo("id");
        assertThat(table.get("columns").get(2).get("type").stringValue()).isEqualTo("numeric");
        assertThat(table.get("rows").get(0).toString()).isEqualTo("[2,\"item 2\",3.0,{\"n\":2},true]");
        assertThat(table.get("rowCount").intValue()).isEqualTo(1);
        assertThat(table.get("truncated").booleanValue()).isFalse();
    }

    @Test
    void results_matchTheDeclaredOutputSchema() throws Exception {
        var definition = new SqlToolPack(settings).tools().getFirst().definition();
        var schema = dev.mcphex.domain.catalog.CompiledSchema.compile("sql_query", definition.outputSchema());

        assertThat(schema.validate(query("SELECT id, name, price, tags, active, NULL AS nothing FROM items"))).isEmpty();
        assertThat(schema.validate(Json.object().put("rowCount", 1))).isNotEmpty();
    }

    @Test
    void writes_areRefusedByTheReadOnlyTransaction() throws Exception {
        for (String write : List.of("INSERT INTO items VALUES (100, 'new', 1, '{}', true) RETURNING id",
                "UPDATE items SET name = 'changed' RETURNING id", "CREATE TABLE intruder (id int)")) {
            assertThatThrownBy(() -> query(write)).as(write).isInstanceOf(ToolExecutionException.class)
                    .hasMessageContaining("read-only");
        }
        assertThat(count("SELECT count(*) FROM " + ALLOWED + ".items WHERE name = 'changed' OR id = 100")).isZero();
    }

    @Test
    void aCommitFollowedByAWrite_isRefusedAsSeveralStatements() {
        assertThatThrownBy(() -> query("COMMIT; DELETE FROM items"))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("one statement");
    }

    @Test
    void aQueryPastTheTimeout_isCutOff() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> query("SELECT pg_sleep(5)"))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("longer than 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void theRowCap_holdsAndSaysItCutTheResult() throws Exception {
        JsonNode capped = query("SELECT id FROM items ORDER BY id");
        JsonNode asked = query(Json.object().put("query", "SELECT id FROM items ORDER BY id").put("maxRows", 2));

        assertThat(capped.get("rowCount").intValue()).isEqualTo(5);
        assertThat(capped.get("truncated").booleanValue()).isTrue();
        assertThat(asked.get("rows").toString()).isEqualTo("[[1],[2]]");
        assertThatThrownBy(() -> query(Json.object().put("query", "SELECT 1").put("maxRows", 6)))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("from 1 to 5");
    }

    @Test
    void anotherSchema_isRefusedWhenNamedAndInvisibleWhenNot() {
        assertThatThrownBy(() -> query("SELECT value FROM " + OTHER + ".secrets"))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("The schema " + OTHER);
        assertThatThrownBy(() -> query("SELECT value FROM secrets"))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aSyntaxError_isAToolErrorWithTheDatabasesMessage() {
        assertThatThrownBy(() -> query("SELEKT 1"))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("42601")
                .hasMessageContaining("syntax error");
    }
}
