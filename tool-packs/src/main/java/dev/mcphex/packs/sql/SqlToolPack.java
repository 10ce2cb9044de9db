package dev.mcphex.packs.sql;

import static dev.mcphex.packs.support.Schemas.integer;
import static dev.mcphex.packs.support.Schemas.property;

import dev.mcphex.packs.support.Schemas;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import dev.mcphex.ports.spi.ToolPack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code sql} pack: one tool, {@value #TOOL}, that runs one read-only query on a configured
 * PostgreSQL database and answers with its columns and rows.
 *
 * <p>Each call opens a connection (the pack keeps no pool: calls are rare next to their cost) and runs
 * the query in a transaction that is {@code READ ONLY} (also the connection's default, so a
 * {@code COMMIT} cannot escape it) and always rolled back, under {@code SET LOCAL statement_timeout},
 * with {@code search_path} set to the allowed schemas, returning at most the row cap. Before that,
 * {@link QueryCheck} refuses several statements at once and names of schemas outside the allowlist where
 * it can see them; its limits are documented there. A read-only transaction stops writes to tables, not
 * every side effect a function may have: the database role the pack connects as should hold only
 * {@code SELECT} (and {@code USAGE}) on the allowed schemas.
 */
public final class SqlToolPack implements ToolPack {
    /** The pack's name, as {@code MCP_TOOL_PACKS} lists it. */
    public static final String NAME = "sql";
    /** The tool's name. */
    public static final String TOOL = "sql_query";
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final SqlSettings settings;

    public SqlToolPack(SqlSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Tool> tools() {
        ObjectNode input = property(Schemas.object(), "query", "string", "One PostgreSQL SELECT (or other read-only) "
                + "statement over the schemas " + String.join(", ", settings.schemas()), true);
        integer(input, "maxRows", "Return at most this many rows; " + settings.maxRows() + " at most", 1, settings.maxRows());
        ToolDefinition definition = ToolDefinition.of(TOOL, "Runs one read-only SQL query on a PostgreSQL database "
                        + "(schemas " + String.join(", ", settings.schemas()) + "; at most " + settings.maxRows()
                        + " rows and " + settings.timeout().toSeconds() + " s) and returns its columns and rows", input)
                .withTitle("Query the database").withOutputSchema(ResultTable.SCHEMA)
                .withAnnotations(new ToolAnnotations(null, true, false, true, false));
        return List.of(new Tool(definition, this::query));
    }

    private ToolResult query(ToolCall call, McpContext context) {
        String sql = call.string("query", "");
        QueryCheck.problem(sql, settings.schemas()).ifPresent(problem -> {
            throw new ToolExecutionException(problem);
        });
        long cap = call.integer("maxRows", settings.maxRows());
        if (cap < 1 || cap > settings.maxRows()) {
            throw new ToolExecutionException("maxRows must be a whole number from 1 to " + settings.maxRows());
        }
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION READ ONLY");
                statement.execute("SET LOCAL statement_timeout = " + settings.timeout().toMillis());
                statement.execute("SET LOCAL search_path = " + settings.schemas().stream()
                        .map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")));
                statement.setMaxRows((int) cap + 1);
                statement.setFetchSize((int) Math.min(cap + 1, 500));
                if (!statement.execute(sql)) {
                    throw new ToolExecutionException("The statement returned no rows; only queries that return rows "
                            + "are supported");
                }
                return ToolResult.structured(ResultTable.read(statement.getResultSet(), (int) cap));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new ToolExecutionException(describe(e), e);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "mcphex sql pack");
        properties.setProperty("options", "-c default_transaction_read_only=on");
        try {
            return DriverManager.getConnection(settings.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw new ToolExecutionException("Cannot reach the database " + settings.safeUrl() + ": " + e.getMessage(), e);
        }
    }

    private String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "57014" -> "The query ran longer than " + settings.timeout().toSeconds()
                    + " s and was cancelled: " + e.getMessage();
            case "25006" -> "Refused: this tool runs read-only queries only: " + e.getMessage();
            case "42501" -> "Permission denied: " + e.getMessage();
            default -> "The database refused the query" + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")")
                    + ": " + e.getMessage();
        };
    }
}
