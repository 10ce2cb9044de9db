package dev.mcphex.adapter.javalin;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.internal.Admission;
import dev.mcphex.adapter.javalin.internal.ClientConnection;
import dev.mcphex.adapter.javalin.internal.Timers;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.spi.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over WebSocket: one JSON-RPC message (or batch) per text frame, both ways. Each connection carries
 * at most one legacy session, bound when its {@code initialize} passes through and ended when it closes;
 * modern-era requests need none. The {@code Host}/{@code Origin} guard runs at the upgrade (403); a frame
 * larger than the body limit closes the connection with 1009; the server pings every keep-alive period
 * and closes connections that stay silent past the idle timeout.
 *
 * <p>By default it shares the MCP path with Streamable HTTP: a GET that asks for an upgrade reaches this
 * endpoint, any other request the Streamable HTTP one.
 */
public final class WebSocketEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketEndpoint.class);

    private final McpServer server;
    private final HttpOptions options;
    private final Admission admission;
    private final Timers timers = new Timers();
    private final Map<String, Socket> sockets = new ConcurrentHashMap<>();

    /** A connected client and its ping task. */
    private record Socket(WsContext ws, ClientConnection connection, ScheduledFuture<?> pings) {
    }

    public WebSocketEndpoint(McpServer server, HttpOptions options) {
        this(server, options, ResourceServer.disabled());
    }

    /** An endpoint whose upgrade requests must carry a bearer token that {@code resourceServer} accepts. */
    public WebSocketEndpoint(McpServer server, HttpOptions options, ResourceServer resourceServer) {
        this.server = server;
        this.options = options;
        this.admission = new Admission(options.allowedHosts(), options.corsOrigins(), resourceServer);
    }

    /** Registers the WebSocket route, and its upgrade guard, on a Javalin configuration. */
    public void addTo(JavalinConfig config) {
        String path = options.webSocketPath();
        config.routes.wsBeforeUpgrade(path, this::beforeUpgrade);
        config.routes.ws(path, ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(this::message);
            ws.onBinaryMessage(ctx -> ctx.closeSession(WsCloseStatus.UNSUPPORTED_DATA, "MCP frames are text"));
            ws.onClose(ctx -> closed(ctx.sessionId()));
            ws.onError(ctx -> closed(ctx.sessionId()));
        });
    }

    /** Connections open now. */
    public int openConnections() {
        return sockets.size();
    }

    /** Refuses new connections and closes the open ones. */
    public void stop() {
        admission.refuseNewWork();
        sockets.values().forEach(socket -> socket.ws().closeSession(WsCloseStatus.GOING_AWAY, "server stopping"));
        sockets.keySet().forEach(this::closed);
        timers.close();
    }

    private void beforeUpgrade(Context ctx) {
        if (!admission.admitted(ctx)) {
            ctx.skipRemainingHandlers();
        }
    }

    private void connected(WsConnectContext ctx) {
        ctx.session.setMaxTextMessageSize(options.maxBodyBytes());
        ctx.session.setIdleTimeout(options.webSocket().idleTimeout());
        Principal principal = ctx.attribute(ResourceServer.PRINCIPAL);
        var connection = new ClientConnection(server, "websocket", json -> send(ctx, json), timers,
                options.requestTimeout(), principal == null ? Principal.ANONYMOUS : principal);
        var pings = timers.every(options.keepAlive(), () -> ping(ctx));
        sockets.put(ctx.sessionId(), new Socket(ctx, connection, pings));
    }

    private void message(WsMessageContext ctx) {
        Socket socket = sockets.get(ctx.sessionId());
        if (socket != null) {
            socket.connection().accept(ctx.message().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void closed(String id) {
        Socket socket = sockets.remove(id);
        if (socket != null) {
            socket.pings().cancel(false);
            socket.connection().close("the client closed the connection");
        }
    }

    private static void send(WsContext ctx, String json) {
        try {
            if (ctx.session.isOpen()) {
                ctx.send(json);
            }
        } catch (RuntimeException e) {
            LOG.debug("Sending to a WebSocket client failed", e);
        }
    }

    private static void ping(WsContext ctx) {
        try {
            if (ctx.session.isOpen()) {
                ctx.sendPing();
            }
        } catch (RuntimeException e) {
            LOG.debug("Pinging a WebSocket client failed", e);
        }
    }
}
