package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import io.javalin.http.Context;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The checks every MCP request passes before it is read, on every transport: CORS headers, the
 * {@code Host}/{@code Origin} guard (403), refusal while the server stops (503), and the bearer token
 * (401), whose principal {@link ResourceServer#principalOf} then gives.
 */
public final class Admission {
    private final OriginGuard guard;
    private final Cors cors;
    private final ResourceServer resourceServer;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public Admission(Set<String> allowedHosts, Set<String> corsOrigins, ResourceServer resourceServer) {
        this.guard = new OriginGuard(allowedHosts, corsOrigins);
        this.cors = new Cors(corsOrigins);
        this.resourceServer = resourceServer;
    }

    /** Whether the request may proceed; when not, the refusal has been answered. */
    public boolean admitted(Context ctx) {
        cors.apply(ctx);
        String refusal = guard.refusal(ctx.header("Host"), ctx.header("Origin"));
        if (refusal != null) {
            HttpReplies.error(ctx, 403, null, ErrorCodes.INVALID_REQUEST, "Forbidden: " + refusal);
            return false;
        }
        if (stopping.get()) {
            ctx.header("Retry-After", "1");
            HttpReplies.error(ctx, 503, null, ErrorCodes.INTERNAL_ERROR, "The server is shutting down");
            return false;
        }
        return resourceServer.authenticate(ctx) != null;
    }

    /** Answers a CORS preflight request. */
    public void preflight(Context ctx) {
        cors.preflight(ctx);
    }

    /** From now on, every request is refused with 503. */
    public void refuseNewWork() {
        stopping.set(true);
    }
}
