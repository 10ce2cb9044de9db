package dev.mcphex.adapter.javalin;

import dev.mcphex.ports.jsonrpc.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 2026-07-28 request as a conforming client sends it: {@code _meta} with version, client info and
 * capabilities, and the headers that mirror the body. Tests then break one thing at a time.
 */
final class ModernRequest {
    static final String VERSION = "2026-07-28";
    static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";

    private static long nextId = 1;

    final ObjectNode body = Json.object();
    final Map<String, String> headers = new LinkedHashMap<>();

    private ModernRequest(String method, ObjectNode params) {
        body.put("jsonrpc", "2.0");
        body.put("id", nextId());
        body.put("method", method);
        ObjectNode meta = params.putObject("_meta");
        meta.put(META_VERSION, VERSION);
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "http-test").put("version", "1.0.0");
        meta.putObject("io.modelcontextprotocol/clientCapabilities");
        body.set("params", params);
        headers.put("MCP-Protocol-Version", VERSION);
        headers.put("Mcp-Method", method);
    }

    private static synchronized long nextId() {
        return nextId++;
    }

    static ModernRequest of(String method) {
        return new ModernRequest(method, Json.object());
    }

    /** {@code tools/call} of a tool, with its {@code Mcp-Name} header. */
    static ModernRequest call(String tool, ObjectNode arguments) {
        ObjectNode params = Json.object();
        params.put("name", tool);
        params.set("arguments", arguments);
        var request = new ModernRequest("tools/call", params);
        request.headers.put("Mcp-Name", tool);
        return request;
    }

    static ModernRequest call(String tool) {
        return call(tool, Json.object());
    }

    /** {@code subscriptions/listen} for the given notification flags. */
    static ModernRequest listen(String... flags) {
        ObjectNode params = Json.object();
        ObjectNode notifications = params.putObject("notifications");
        for (String flag : flags) {
            notifications.put(flag, true);
        }
        return new ModernRequest("subscriptions/listen", params);
    }

    long id() {
        return body.get("id").longValue();
    }

    ObjectNode meta() {
        return (ObjectNode) body.get("params").get("_meta");
    }

    ModernRequest capabilities(ObjectNode capabilities) {
        meta().set("io.modelcontextprotocol/clientCapabilities", capabilities);
        return this;
    }

    ModernRequest progressToken(String token) {
        meta().put("progressToken", token);
        return this;
    }

    ModernRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    ModernRequest withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    String json() {
        return Json.write(body);
    }
}
