package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.RequestId;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The one place where JSON-RPC outcomes become HTTP statuses and bodies. */
public final class HttpReplies {
    private static final Logger LOG = LoggerFactory.getLogger(HttpReplies.class);
    /** The session header. */
    public static final String SESSION_HEADER = "Mcp-Session-Id";
    /** The legacy session-not-found code most clients recognise. */
    public static final int SESSION_NOT_FOUND = -32001;

    private HttpReplies() {
    }

    /**
     * Writes a JSON-RPC message as a one-line JSON body, straight to the response (through Javalin's
     * compressing stream): handing Javalin a result instead makes it copy the body through a fresh
     * 32 KiB buffer on every response.
     */
    public static void json(Context ctx, int status, JsonRpcMessage message) {
        if (message instanceof JsonRpcError error) {
            challenge(ctx, error.error());
        }
        byte[] body = JsonRpcCodec.writeBytes(message);
        ctx.status(status).contentType("application/json");
        try {
            ctx.outputStream().write(body);
        } catch (IOException e) {
            LOG.debug("The client went away before its response was written", e);
        }
    }

    /** The headers a refusal carries: the scope challenge of a 403, the {@code Retry-After} of a 429 or 503. */
    private static void challenge(Context ctx, JsonRpcError.Detail error) {
        JsonNode data = error.data();
        if (error.code() == ErrorCodes.FORBIDDEN) {
            List<String> scopes = new ArrayList<>();
            if (data != null) {
                data.path("requiredScopes").forEach(s -> scopes.add(s.asString()));
            }
            ctx.header("WWW-Authenticate", ResourceServer.insufficientScope(ctx, scopes));
        } else if ((error.code() == ErrorCodes.RATE_LIMITED || error.code() == ErrorCodes.INTERNAL_ERROR)
                && data != null && data.has("retryAfterSeconds")) {
            ctx.header("Retry-After", data.path("retryAfterSeconds").asString());
        }
    }

    /**
     * The status of a refusal that is the same in both eras: 403 for a missing scope, 429 for a rate
     * limit, 503 for an internal error worth retrying (a store that cannot be reached now).
     */
    private static int refusalStatus(JsonRpcError.Detail error) {
        return switch (error.code()) {
            case ErrorCodes.FORBIDDEN -> 403;
            case ErrorCodes.RATE_LIMITED -> 429;
            case ErrorCodes.INTERNAL_ERROR -> error.data() != null && error.data().has("retryAfterSeconds") ? 503 : 0;
            default -> 0;
        };
    }

    /**
     * Answers 503 with {@code Retry-After} and a JSON-RPC error: a store the request needs cannot be
     * reached now. Never 404, which would tell a legacy client that its session is gone.
     */
    public static void unavailable(Context ctx, RequestId id, StoreUnavailableException cause) {
        json(ctx, 503, new JsonRpcError(id, JsonRpcError.Detail.unavailable(cause.getMessage())));
    }

    /** Writes a JSON-RPC error with its HTTP status. */
    public static void error(Context ctx, int status, RequestId id, int code, String message, JsonNode data) {
        json(ctx, status, new JsonRpcError(id, new JsonRpcError.Detail(code, message, data)));
    }

    public static void error(Context ctx, int status, RequestId id, int code, String message) {
        error(ctx, status, id, code, message, null);
    }

    /**
     * The status of a response carrying this message in the modern era: 400 for envelope, header,
     * version and capability errors, 404 for unknown methods, 200 for results and business errors.
     */
    public static int modernStatus(JsonRpcMessage message) {
        if (!(message instanceof JsonRpcError error)) {
            return 200;
        }
        int code = error.error().code();
        if (refusalStatus(error.error()) != 0) {
            return refusalStatus(error.error());
        }
        return switch (code) {
            case ErrorCodes.METHOD_NOT_FOUND -> 404;
            case ErrorCodes.HEADER_MISMATCH, ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY,
                 ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, ErrorCodes.PARSE_ERROR, ErrorCodes.INVALID_REQUEST -> 400;
            case ErrorCodes.INVALID_PARAMS -> error.error().data() != null && error.error().data().has("envelope") ? 400 : 200;
            default -> 200;
        };
    }

    /** The status of a legacy-era response: parse and envelope errors are 400, everything else 200. */
    public static int legacyStatus(JsonRpcMessage message) {
        if (message instanceof JsonRpcError error && error.id() == null) {
            return 400;
        }
        if (message instanceof JsonRpcError error && refusalStatus(error.error()) != 0) {
            return refusalStatus(error.error());
        }
        return 200;
    }
}
