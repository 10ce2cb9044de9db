package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import io.javalin.http.Context;
import java.util.Locale;

/** Reads a POSTed JSON body within the size limit, answering 415 or 413 when it cannot. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** The body, or {@code null} after answering 415 (not JSON) or 413 (larger than {@code maxBytes}). */
    public static byte[] json(Context ctx, long maxBytes) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("application/json")) {
            HttpReplies.error(ctx, 415, null, ErrorCodes.INVALID_REQUEST,
                    "Unsupported Media Type: the body must be application/json");
            return null;
        }
        if (ctx.req().getContentLengthLong() > maxBytes) {
            tooLarge(ctx, maxBytes);
            return null;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBytes) {
            tooLarge(ctx, maxBytes);
            return null;
        }
        return body;
    }

    private static void tooLarge(Context ctx, long maxBytes) {
        HttpReplies.error(ctx, 413, null, ErrorCodes.INVALID_REQUEST,
                "Payload Too Large: the limit is " + maxBytes + " bytes");
    }
}
