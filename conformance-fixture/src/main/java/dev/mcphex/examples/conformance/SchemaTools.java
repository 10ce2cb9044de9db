package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.object;
import static dev.mcphex.examples.conformance.Fixtures.tool;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import java.util.List;

/** The tools whose input schemas the suite inspects: a JSON Schema 2020-12 document and a header-mapped parameter. */
final class SchemaTools {

    /**
     * The schema of {@code json_schema_2020_12_tool}, to be listed verbatim: the suite checks that {@code $schema},
     * {@code $defs}, {@code $anchor}, {@code allOf}/{@code anyOf}, {@code if}/{@code then}/{@code else} and
     * {@code additionalProperties} survive.
     */
    static final String JSON_SCHEMA_2020_12 = """
            {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",\
            "$defs":{"address":{"$anchor":"addressDef","type":"object",\
            "properties":{"street":{"type":"string"},"city":{"type":"string"}}}},\
            "properties":{"name":{"type":"string"},"address":{"$ref":"#/$defs/address"},\
            "contactMethod":{"type":"string","enum":["phone","email"]},\
            "phone":{"type":"string"},"email":{"type":"string"}},\
            "allOf":[{"anyOf":[{"required":["phone"]},{"required":["email"]}]}],\
            "if":{"properties":{"contactMethod":{"const":"phone"}},"required":["contactMethod"]},\
            "then":{"required":["phone"]},"else":{"required":["email"]},\
            "additionalProperties":false}""";

    /** The schema of {@code test_x_mcp_header}: {@code region} travels in the {@code Mcp-Param-Region} header too. */
    static final String X_MCP_HEADER_SCHEMA = """
            {"type":"object","properties":{\
            "region":{"type":"string","x-mcp-header":"Region"},\
            "level":{"type":"integer"}}}""";

    private SchemaTools() {
    }

    private static Tool jsonSchema202012() {
        return tool("json_schema_2020_12_tool",
                "Accepts arguments described by a JSON Schema 2020-12 document and echoes them.",
                object(JSON_SCHEMA_2020_12),
                (call, context) -> ToolResult.text(
                        "JSON Schema 2020-12 tool called with: " + Json.write(call.arguments())));
    }

    private static Tool xMcpHeader() {
        return tool("test_x_mcp_header",
                "Echoes the region argument, which the client also sends as the Mcp-Param-Region header.",
                object(X_MCP_HEADER_SCHEMA),
                (call, context) -> ToolResult.text("region=" + call.string("region", "")));
    }

    /** The schema tools, in listing order. */
    static List<Tool> tools() {
        return List.of(jsonSchema202012(), xMcpHeader());
    }
}
