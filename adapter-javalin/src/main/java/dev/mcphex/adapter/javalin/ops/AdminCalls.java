package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.jsonrpc.Json;
import io.javalin.http.Context;
import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** What the admin APIs share: JSON bodies in and out, 400 for bad input and 503 for a store that does not answer. */
final class AdminCalls {
    private AdminCalls() {
    }

    /** The request body as JSON; an {@link IllegalArgumentException} saying so when it is not. */
    static JsonNode body(Context ctx) {
        try {
            return Json.parse(ctx.body());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Runs {@code action}, answering 400 with the message of bad input and 503 when the store is unavailable. */
    static void guarded(Context ctx, Logger log, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            error(ctx, 400, e.getMessage());
        } catch (StoreUnavailableException e) {
            log.warn("Store unavailable: {}", e.getMessage());
            error(ctx, 503, e.getMessage());
        }
    }

    /** Answers {@code {"error": message}}. */
    static void error(Context ctx, int status, String message) {
        send(ctx, status, Json.write(Json.object().put("error", message)));
    }

    /** Answers a JSON body that is not to be cached. */
    static void send(Context ctx, int status, String body) {
        ctx.status(status).header("Cache-Control", "no-store").contentType(OperationsEndpoints.JSON).result(body);
    }
}
