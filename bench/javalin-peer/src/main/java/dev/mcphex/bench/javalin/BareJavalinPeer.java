package dev.mcphex.bench.javalin;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ceiling of mcphex's HTTP stack: Javalin on virtual threads, one POST handler that parses the
 * JSON-RPC request with Jackson and writes the response mcphex writes for the benchmark's calls
 * ({@code initialize}, {@code notifications/initialized}, {@code tools/call} of {@code echo}), without
 * protocol checks, sessions or a tool registry. Argument: the port.
 */
public final class BareJavalinPeer {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String MODERN_VERSION = "io.modelcontextprotocol/protocolVersion";

    private BareJavalinPeer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.routes.post("/mcp", BareJavalinPeer::post);
        }).start("127.0.0.1", port);
    }

    private static void post(Context ctx) {
        JsonNode request = MAPPER.readTree(ctx.bodyAsBytes());
        String method = request.path("method").asString("");
        JsonNode id = request.get("id");
        if (id == null) {
            ctx.status(202);
            return;
        }
        ObjectNode response = MAPPER.createObjectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", id);
        ObjectNode result = response.putObject("result");
        if ("initialize".equals(method)) {
            result.put("protocolVersion", request.path("params").path("protocolVersion").asString("2025-11-25"));
            result.putObject("capabilities").putObject("tools").put("listChanged", true);
            result.putObject("serverInfo").put("name", "bare-javalin").put("version", "bench");
            ctx.header("Mcp-Session-Id", UUID.randomUUID().toString());
        } else {
            String text = request.path("params").path("arguments").path("text").asString("");
            result.putArray("content").addObject().put("type", "text").put("text", text);
            if (request.path("params").path("_meta").has(MODERN_VERSION)) {
                result.put("resultType", "complete");
            }
        }
        ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(response));
    }
}
