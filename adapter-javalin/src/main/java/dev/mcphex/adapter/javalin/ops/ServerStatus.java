package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driving.ServerIntrospection;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Implementation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the status endpoints show about a running server.
 *
 * @param server           name, version and title
 * @param uptime           time since start
 * @param protocolVersions protocol revisions served, oldest first
 * @param tools            tools in the catalogue
 * @param resources        fixed resources plus templates
 * @param prompts          prompts in the catalogue
 * @param sessions         live legacy sessions
 * @param inFlight         requests being handled
 * @param openStreams      SSE streams open
 * @param requests         JSON-RPC messages handled so far
 * @param errors           of which answered with an error
 */
record ServerStatus(Implementation server, Duration uptime, List<String> protocolVersions, int tools,
                    int resources, int prompts, long sessions, int inFlight, int openStreams, long requests,
                    long errors) {

    ServerStatus {
        Objects.requireNonNull(server, "server");
        uptime = uptime.isNegative() ? Duration.ZERO : uptime;
        protocolVersions = List.copyOf(protocolVersions);
    }

    static ServerStatus read(ServerIntrospection introspection, HttpMetrics metrics, Duration uptime) {
        return new ServerStatus(introspection.serverInfo(), uptime, introspection.protocolVersions(),
                introspection.tools().size(), introspection.resourceCount(), introspection.promptCount(),
                introspection.sessionCount(), introspection.inFlightCount(), metrics.openStreams(),
                metrics.requestCount(), metrics.errorCount());
    }

    String toJson() {
        ObjectNode body = Json.object();
        ObjectNode info = body.putObject("server").put("name", server.name()).put("version", server.version());
        if (server.title() != null) {
            info.put("title", server.title());
        }
        body.put("version", server.version())
                .put("uptimeSeconds", uptime.toSeconds());
        protocolVersions.forEach(body.putArray("protocolVersions")::add);
        body.put("tools", tools)
                .put("resources", resources)
                .put("prompts", prompts)
                .put("sessions", sessions)
                .put("inFlightRequests", inFlight)
                .put("openStreams", openStreams)
                .put("requests", requests)
                .put("errors", errors);
        return Json.write(body);
    }
}
