package dev.mcphex.distribution.logging;

import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.config.LoggingConfig;
import dev.mcphex.ports.jsonrpc.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/log-level} with {@code {"level": "DEBUG", "logger": "dev.mcphex"}} ({@code logger}
 * optional: the root logger) changes a level at run time and answers {@code {"logger":..., "level":...}};
 * 400 for a body that names no level. It is served beside the operations endpoints and, like them, on the
 * server's bind address only: keep {@code MCP_HTTP_HOST} on loopback or put it behind the
 * authentication layer.
 */
public final class LogLevelEndpoint implements Consumer<JavalinConfig> {
    /** The endpoint's path. */
    public static final String PATH = "/api/log-level";

    @Override
    public void accept(JavalinConfig config) {
        config.routes.post(PATH, LogLevelEndpoint::change);
    }

    private static void change(Context ctx) {
        try {
            JsonNode body = Json.MAPPER.readTree(ctx.bodyAsBytes());
            String level = LoggingConfig.level("level", text(body, "level"));
            String name = LogLevels.set(text(body, "logger"), level);
            reply(ctx, 200, Json.write(Json.object().put("logger", name).put("level", level)));
        } catch (JacksonException | InvalidConfigurationException e) {
            reply(ctx, 400, Json.write(Json.object().put("error", "expected {\"level\": \"TRACE|DEBUG|INFO|WARN|ERROR|OFF\","
                    + " \"logger\": \"optional logger name\"}")));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || !value.isString() ? null : value.stringValue();
    }

    private static void reply(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json").result(json);
    }
}
