package dev.mcphex.adapter.javalin;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.internal.Admission;
import dev.mcphex.adapter.javalin.internal.ClientConnection;
import dev.mcphex.adapter.javalin.internal.HttpReplies;
import dev.mcphex.adapter.javalin.internal.RequestBodies;
import dev.mcphex.adapter.javalin.internal.SseStream;
import dev.mcphex.adapter.javalin.internal.StreamTracker;
import dev.mcphex.adapter.javalin.internal.Timers;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.spi.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 2024-11-05 HTTP+SSE transport, for clients that predate Streamable HTTP. A GET on the stream path
 * opens an event stream whose first event, {@code endpoint}, names where to POST messages
 * ({@code /messages?sessionId=<id>}); each POST is answered 202 with no body, and every response and
 * server message goes out on the stream as a {@code message} event.
 *
 * <p>The {@code sessionId} of the URI names the connection, not the engine's session: the engine's
 * legacy session is bound to the connection when the client's {@code initialize} passes through, and
 * ends when the stream closes, which also cancels the connection's requests.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2024-11-05/basic/transports#http-with-sse">HTTP with SSE</a>
 */
public final class LegacySseEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(LegacySseEndpoint.class);

    private final McpServer server;
    private final HttpOptions options;
    private final Admission admission;
    private final StreamTracker tracker;
    private final Timers timers = new Timers();
    private final Map<String, Link> links = new ConcurrentHashMap<>();

    /** A client's connection, the caller that opened it, and the latch its stream waits on. */
    private record Link(ClientConnection connection, Principal owner, CountDownLatch gone) {
    }

    public LegacySseEndpoint(McpServer server, HttpOptions options) {
        this(server, options, ResourceServer.disabled());
    }

    /** An endpoint whose requests must carry a bearer token that {@code resourceServer} accepts. */
    public LegacySseEndpoint(McpServer server, HttpOptions options, ResourceServer resourceServer) {
        this.server = server;
        this.options = options;
        this.admission = new Admission(options.allowedHosts(), options.corsOrigins(), resourceServer);
        this.tracker = new StreamTracker(options.maxStreams());
    }

    /** Registers the stream and message routes on a Javalin configuration. */
    public void addTo(JavalinConfig config) {
        String streamPath = options.legacySse().streamPath();
        String messagesPath = options.legacySse().messagesPath();
        config.routes.get(streamPath, this::stream);
        config.routes.post(messagesPath, this::message);
        config.routes.options(streamPath, admission::preflight);
        config.routes.options(messagesPath, admission::preflight);
    }

    /** Connections open now. */
    public int openConnections() {
        return links.size();
    }

    /** Refuses new connections and messages, and closes every stream. */
    public void stop() {
        admission.refuseNewWork();
        links.values().forEach(link -> link.gone().countDown());
        timers.close();
    }

    private void stream(Context ctx) {
        if (!admission.admitted(ctx)) {
            return;
        }
        if (!tracker.reserve()) {
            ctx.header("Retry-After", "5");
            HttpReplies.error(ctx, 503, null, ErrorCodes.INTERNAL_ERROR, "Too many open streams; try again later");
            return;
        }
        String id = UUID.randomUUID().toString();
        var gone = new CountDownLatch(1);
        try {
            SseStream sse = SseStream.start(ctx, gone::countDown);
            Principal owner = ResourceServer.principalOf(ctx);
            var connection = new ClientConnection(server, "sse", json -> sse.event(null, json), timers,
                    options.requestTimeout(), owner);
            links.put(id, new Link(connection, owner, gone));
            sse.event(null, "endpoint", options.legacySse().messagesPath() + "?sessionId=" + id);
            serve(sse, gone);
        } catch (IOException e) {
            LOG.debug("A legacy SSE stream could not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Link link = links.remove(id);
            if (link != null) {
                link.connection().close("the client closed the stream");
            }
            tracker.release();
        }
    }

    private void serve(SseStream sse, CountDownLatch gone) throws InterruptedException {
        var keepAlive = timers.every(options.keepAlive(), () -> sse.comment("keep-alive"));
        try {
            gone.await();
        } finally {
            keepAlive.cancel(false);
            sse.close();
        }
    }

    private void message(Context ctx) {
        if (!admission.admitted(ctx)) {
            return;
        }
        String id = ctx.queryParam("sessionId");
        if (id == null || id.isBlank()) {
            HttpReplies.error(ctx, 400, null, ErrorCodes.INVALID_REQUEST,
                    "Bad Request: the sessionId query parameter is required; open the stream first");
            return;
        }
        Link link = links.get(id);
        if (link == null || !link.owner().equals(ResourceServer.principalOf(ctx))) {
            HttpReplies.error(ctx, 404, null, HttpReplies.SESSION_NOT_FOUND, "Session not found");
            return;
        }
        byte[] body = RequestBodies.json(ctx, options.maxBodyBytes());
        if (body == null) {
            return;
        }
        link.connection().accept(body);
        ctx.status(202);
    }
}
