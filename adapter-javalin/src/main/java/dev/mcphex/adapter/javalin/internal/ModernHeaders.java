package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.ports.driving.ServerIntrospection;
import dev.mcphex.ports.protocol.ToolDefinition;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a modern-era request's headers against its body, in the order the specification gives:
 * protocol version, method, name, then the tool's {@code x-mcp-header} parameters.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/basic/transports/streamable-http">Streamable HTTP</a>
 */
public final class ModernHeaders {
    private static final Map<String, String> NAME_FIELDS = Map.of(
            "tools/call", "name", "prompts/get", "name", "resources/read", "uri",
            "tasks/get", "taskId", "tasks/update", "taskId", "tasks/cancel", "taskId");

    private final ServerIntrospection introspection;

    public ModernHeaders(ServerIntrospection introspection) {
        this.introspection = introspection;
    }

    /**
     * Why the headers do not match the body, or {@code null} when they do.
     *
     * @param header     reads a request header by name, case-insensitively
     * @param method     the body's method
     * @param params     the body's params (never null)
     * @param bodyVersion the body's {@code _meta} protocol version
     */
    public String mismatch(Function<String, String> header, String method, ObjectNode params, String bodyVersion) {
        String version = strip(header.apply("MCP-Protocol-Version"));
        if (version == null || !version.equals(bodyVersion)) {
            return "the MCP-Protocol-Version header (" + version + ") does not match _meta protocolVersion ("
                    + bodyVersion + ")";
        }
        String methodHeader = strip(header.apply("Mcp-Method"));
        if (methodHeader == null || !methodHeader.equals(method)) {
            return "the Mcp-Method header (" + methodHeader + ") does not match the method (" + method + ")";
        }
        try {
            String field = NAME_FIELDS.get(method);
            if (field != null && params.get(field) instanceof JsonNode value && value.isString()) {
                String name = HeaderValues.decode(header.apply("Mcp-Name"));
                if (!value.stringValue().equals(name)) {
                    return "the Mcp-Name header (" + name + ") does not match params." + field;
                }
            }
            if ("tools/call".equals(method)) {
                return parameterMismatch(header, params);
            }
        } catch (HeaderValues.InvalidEncoding e) {
            return e.getMessage();
        }
        return null;
    }

    private String parameterMismatch(Function<String, String> header, ObjectNode params)
            throws HeaderValues.InvalidEncoding {
        JsonNode name = params.get("name");
        if (introspection == null || name == null || !name.isString()) {
            return null;
        }
        ToolDefinition tool = introspection.tool(name.stringValue()).orElse(null);
        if (tool == null || !(tool.inputSchema().get("properties") instanceof ObjectNode properties)) {
            return null;
        }
        JsonNode arguments = params.path("arguments");
        for (var property : properties.properties()) {
            JsonNode mapped = property.getValue().get("x-mcp-header");
            if (mapped == null || !mapped.isString()) {
                continue;
            }
            String headerName = "Mcp-Param-" + mapped.stringValue();
            String sent = HeaderValues.decode(header.apply(headerName));
            JsonNode argument = arguments.get(property.getKey());
            String expected = argument == null || argument.isNull() ? null
                    : argument.isString() ? argument.stringValue() : argument.toString();
            if (expected != null && !expected.equals(sent)) {
                return "the " + headerName + " header (" + sent + ") does not match arguments." + property.getKey();
            }
        }
        return null;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
