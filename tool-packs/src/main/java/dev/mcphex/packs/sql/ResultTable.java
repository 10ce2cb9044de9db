package dev.mcphex.packs.sql;

import static dev.mcphex.packs.support.Schemas.property;

import dev.mcphex.packs.support.Schemas;
import dev.mcphex.ports.jsonrpc.Json;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A result set as structured content: {@code columns} (name and database type), {@code rows} (arrays in
 * column order), {@code rowCount} and whether the row cap cut it short. Numbers and booleans stay JSON
 * numbers and booleans, {@code json} and {@code jsonb} values stay JSON, everything else is PostgreSQL's
 * text form.
 */
final class ResultTable {
    /** The output schema of {@code sql_query}. */
    static final ObjectNode SCHEMA = schema();

    private ResultTable() {
    }

    /** Reads at most {@code cap} rows; {@code truncated} tells whether there were more. */
    static ObjectNode read(ResultSet results, int cap) throws SQLException {
        ResultSetMetaData meta = results.getMetaData();
        ObjectNode table = Json.object();
        ArrayNode columns = table.putArray("columns");
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.addObject().put("name", meta.getColumnLabel(c)).put("type", meta.getColumnTypeName(c));
        }
        ArrayNode rows = table.putArray("rows");
        boolean truncated = false;
        while (results.next()) {
            if (rows.size() == cap) {
                truncated = true;
                break;
            }
            ArrayNode row = rows.addArray();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                cell(row, results, meta, c);
            }
        }
        return table.put("rowCount", rows.size()).put("truncated", truncated);
    }

    private static void cell(ArrayNode row, ResultSet results, ResultSetMetaData meta, int c) throws SQLException {
        String type = meta.getColumnTypeName(c);
        switch (meta.getColumnType(c)) {
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long value = results.getLong(c);
                if (results.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.DOUBLE, Types.FLOAT -> {
                BigDecimal value = number(results, c);
                if (value == null) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = results.getBoolean(c);
                if (results.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            default -> {
                String value = results.getString(c);
                if (value == null) {
                    row.addNull();
                } else if (type.equals("json") || type.equals("jsonb")) {
                    try {
                        row.add(Json.parse(value));
                    } catch (JacksonException e) {
                        // deeper than the shared mapper allows: keep the database's text
                        row.add(value);
                    }
                } else {
                    row.add(value);
                }
            }
        }
    }

    /** A number as exact decimal; {@code NaN} and infinities, which JSON cannot hold, become {@code null}. */
    private static BigDecimal number(ResultSet results, int c) throws SQLException {
        String text = results.getString(c);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            // NaN, Infinity and -Infinity: valid in PostgreSQL, not representable in JSON
            return null;
        }
    }

    private static ObjectNode schema() {
        ObjectNode column = Schemas.object();
        property(column, "name", "string", "The column's label", true);
        property(column, "type", "string", "The column's PostgreSQL type", true);
        ObjectNode schema = Schemas.object();
        property(schema, "columns", "array", "The result's columns, in order", true);
        ((ObjectNode) schema.get("properties").get("columns")).set("items", column);
        property(schema, "rows", "array", "The rows, each an array of values in column order", true);
        ((ObjectNode) schema.get("properties").get("rows")).putObject("items").put("type", "array");
        property(schema, "rowCount", "integer", "How many rows were returned", true);
        return property(schema, "truncated", "boolean", "Whether the row cap left rows out", true);
    }
}
