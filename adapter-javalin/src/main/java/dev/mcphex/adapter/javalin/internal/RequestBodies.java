package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(ctx, maxBytes);
            return null;
        }
        byte[] body = read(ctx, declared, maxBytes);
        if (body.length > maxBytes) {
            tooLarge(ctx, maxBytes);
            return null;
        }
        return body;
    }

    /**
     * Reads the body straight from the request: into one array of the declared length when there is one
     * (the usual case), else up to one byte past the limit. Javalin's own reader copies through an 8 KiB
     * buffer and a growing array, which was most of what a small request allocated.
     */
    private static byte[] read(Context ctx, long declared, long maxBytes) {
        try {
            InputStream in = ctx.req().getInputStream();
            if (declared < 0) {
                return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            byte[] body = new byte[(int) declared];
            int read = in.readNBytes(body, 0, body.length);
            return read == body.length ? body : Arrays.copyOf(body, read);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the request body failed", e);
        }
    }

    private static void tooLarge(Context ctx, long maxBytes) {
        HttpReplies.error(ctx, 413, null, ErrorCodes.INVALID_REQUEST,
                "Payload Too Large: the limit is " + maxBytes + " bytes");
    }
}
