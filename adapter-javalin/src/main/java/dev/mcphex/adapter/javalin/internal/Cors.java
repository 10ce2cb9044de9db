package dev.mcphex.adapter.javalin.internal;

import io.javalin.http.Context;
import java.util.Set;

/** Cross-origin headers for the origins the configuration grants, exposing the MCP headers. */
public final class Cors {
    private static final String ALLOWED_HEADERS = "Content-Type, Accept, Authorization, Mcp-Session-Id, "
            + "MCP-Protocol-Version, Mcp-Method, Mcp-Name, Last-Event-ID";
    private static final String EXPOSED_HEADERS = "Mcp-Session-Id, MCP-Protocol-Version, WWW-Authenticate";

    private final Set<String> origins;

    public Cors(Set<String> origins) {
        this.origins = origins;
    }

    /** Adds the CORS headers when the request's origin is granted. */
    public void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origins.isEmpty()) {
            return;
        }
        if (origins.contains("*") || origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    /** Answers a preflight request. */
    public void preflight(Context ctx) {
        apply(ctx);
        if (ctx.res().getHeader("Access-Control-Allow-Origin") != null) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
            String requested = ctx.header("Access-Control-Request-Headers");
            ctx.header("Access-Control-Allow-Headers", requested != null ? requested + ", " + ALLOWED_HEADERS
                    : ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
    }
}
