package dev.mcphex.adapter.javalin;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.internal.Admission;
import dev.mcphex.adapter.javalin.internal.HttpReplies;
import dev.mcphex.adapter.javalin.internal.LiveStream;
import dev.mcphex.adapter.javalin.internal.ModernHeaders;
import dev.mcphex.adapter.javalin.internal.PostResponse;
import dev.mcphex.adapter.javalin.internal.RequestBodies;
import dev.mcphex.adapter.javalin.internal.StreamTracker;
import dev.mcphex.adapter.javalin.internal.Timers;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.driving.ServerIntrospection;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.protocol.Era;
import dev.mcphex.ports.protocol.ProtocolVersion;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MCP endpoint over Streamable HTTP, serving both protocol eras on one path. Each POST is classified
 * by its body: a {@code _meta} protocol-version claim (or a modern version header) makes it a stateless
 * modern-era request; anything else is legacy session traffic, where {@code initialize} opens a session.
 * GET opens (or resumes) a legacy session's stream; DELETE ends a session.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/basic/transports/streamable-http">Streamable HTTP</a>
 */
public final class StreamableHttpEndpoint {
    private static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";

    private final McpServer server;
    private final HttpOptions options;
    private final Admission admission;
    private final ModernHeaders modernHeaders;
    private final SessionStreams sessionStreams;
    private final EventLog eventLog;
    private final StreamTracker tracker;
    private final Timers timers = new Timers();
    private final AtomicInteger inFlight = new AtomicInteger();

    public StreamableHttpEndpoint(McpServer server, ServerIntrospection introspection, EventLog eventLog,
                                  HttpOptions options) {
        this(server, introspection, eventLog, options, ResourceServer.disabled());
    }

    /** An endpoint whose requests must carry a bearer token that {@code resourceServer} accepts. */
    public StreamableHttpEndpoint(McpServer server, ServerIntrospection introspection, EventLog eventLog,
                                  HttpOptions options, ResourceServer resourceServer) {
        this.server = server;
        this.options = options;
        this.eventLog = eventLog;
        this.admission = new Admission(options.allowedHosts(), options.corsOrigins(), resourceServer);
        this.modernHeaders = new ModernHeaders(introspection);
        this.tracker = new StreamTracker(options.maxStreams());
        this.sessionStreams = new SessionStreams(server, eventLog, options, timers, tracker);
    }

    /** Registers the endpoint's routes on a Javalin configuration. */
    public void addTo(JavalinConfig config) {
        config.routes.post(options.path(), this::post);
        config.routes.get(options.path(), this::get);
        config.routes.delete(options.path(), this::delete);
        config.routes.options(options.path(), admission::preflight);
    }

    /** Streams open now. */
    public int openStreams() {
        return tracker.open();
    }

    /**
     * Refuses new requests, ends every long-lived stream, waits up to the grace period for requests in
     * flight, then cancels those still running.
     */
    public void stop() throws InterruptedException {
        admission.refuseNewWork();
        sessionStreams.closeStreams();
        long deadline = System.nanoTime() + options.shutdownGrace().toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        sessionStreams.cancelRunning();
        timers.close();
    }

    private boolean admitted(Context ctx) {
        return admission.admitted(ctx);
    }

    private void post(Context ctx) {
        if (!admitted(ctx)) {
            return;
        }
        byte[] body = RequestBodies.json(ctx, options.maxBodyBytes());
        if (body == null) {
            return;
        }
        inFlight.incrementAndGet();
        try {
            switch (JsonRpcCodec.read(body)) {
                case Inbound.Invalid invalid -> HttpReplies.json(ctx, 400, invalid.error());
                case Inbound.Batch batch -> legacyBatch(ctx, body);
                case Inbound.Single single -> route(ctx, single.message());
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void route(Context ctx, JsonRpcMessage message) {
        JsonNode params = switch (message) {
            case JsonRpcRequest r -> r.params();
            case JsonRpcNotification n -> n.params();
            default -> null;
        };
        boolean claim = params != null && params.path("_meta").has(META_VERSION);
        Optional<ProtocolVersion> headerVersion = ProtocolVersion.parse(strip(ctx.header("MCP-Protocol-Version")));
        boolean modernHeader = headerVersion.map(v -> v.era() == Era.MODERN).orElse(false);
        boolean isRequestOrNotification = message instanceof JsonRpcRequest || message instanceof JsonRpcNotification;
        if (message instanceof JsonRpcRequest r && "initialize".equals(r.method()) && !claim) {
            if (modernHeader) {
                HttpReplies.error(ctx, 400, r.id(), ErrorCodes.HEADER_MISMATCH,
                        "Bad Request: initialize does not exist in protocol revision " + headerVersion.get());
                return;
            }
            initialize(ctx, r);
        } else if (isRequestOrNotification && (claim || modernHeader)) {
            modern(ctx, message, params, claim);
        } else {
            legacy(ctx, message, headerVersion);
        }
    }

    private void modern(Context ctx, JsonRpcMessage message, JsonNode params, boolean claim) {
        var id = message instanceof JsonRpcRequest r ? r.id() : null;
        String method = message instanceof JsonRpcRequest r ? r.method() : ((JsonRpcNotification) message).method();
        if (!claim) {
            ObjectNode data = Json.object();
            data.putObject("envelope").putArray("missing").add("_meta." + META_VERSION);
            HttpReplies.error(ctx, 400, id, ErrorCodes.INVALID_PARAMS,
                    "Invalid params: a 2026-07-28 request must carry " + META_VERSION + " in _meta", data);
            return;
        }
        JsonNode version = params.path("_meta").get(META_VERSION);
        ObjectNode paramsObject = params instanceof ObjectNode o ? o : Json.object();
        String mismatch = modernHeaders.mismatch(ctx::header, method, paramsObject,
                version.isString() ? version.stringValue() : version.toString());
        if (mismatch != null) {
            HttpReplies.error(ctx, 400, id, ErrorCodes.HEADER_MISMATCH, "Bad Request: " + mismatch);
            return;
        }
        if (message instanceof JsonRpcNotification notification) {
            server.handle(notification, Exchange.builder().transport("http").principal(principal(ctx)).build());
            ctx.status(202);
            return;
        }
        var cancellation = new Cancellation();
        var response = new PostResponse(ctx, acceptsSse(ctx), null, false, options.sseRetry(),
                () -> cancellation.cancel("the client closed the stream"), HttpReplies::modernStatus, tracker);
        run(ctx, (JsonRpcRequest) message, response, cancellation, null);
    }

    private void initialize(Context ctx, JsonRpcRequest request) {
        var exchange = Exchange.builder().transport("http").principal(principal(ctx)).build();
        Optional<JsonRpcMessage> response = server.handle(request, exchange);
        exchange.sessionId().ifPresent(id -> ctx.header(HttpReplies.SESSION_HEADER, id));
        response.ifPresentOrElse(r -> HttpReplies.json(ctx, HttpReplies.legacyStatus(r), r), () -> ctx.status(202));
    }

    private void legacy(Context ctx, JsonRpcMessage message, Optional<ProtocolVersion> headerVersion) {
        var id = message instanceof JsonRpcRequest r ? r.id() : null;
        String sessionId = session(ctx, id);
        if (sessionId == null) {
            return;
        }
        String versionHeader = strip(ctx.header("MCP-Protocol-Version"));
        if (versionHeader != null && headerVersion.isEmpty()) {
            HttpReplies.error(ctx, 400, id, ErrorCodes.INVALID_REQUEST,
                    "Bad Request: unsupported MCP-Protocol-Version " + versionHeader);
            return;
        }
        if (!(message instanceof JsonRpcRequest request)) {
            server.handle(message, Exchange.builder().transport("http").principal(principal(ctx))
                    .sessionId(sessionId).build());
            ctx.status(202);
            return;
        }
        boolean prime = headerVersion.orElse(ProtocolVersion.V2025_03_26).atLeast(ProtocolVersion.V2025_11_25);
        var cancellation = new Cancellation();
        var stream = new LiveStream(eventLog, sessionId, sessionStreams::track);
        var response = new PostResponse(ctx, acceptsSse(ctx), stream, prime, options.sseRetry(), () -> { },
                HttpReplies::legacyStatus, tracker);
        run(ctx, request, response, cancellation, sessionId);
    }

    private void legacyBatch(Context ctx, byte[] body) {
        String sessionId = session(ctx, null);
        if (sessionId == null) {
            return;
        }
        var exchange = Exchange.builder().transport("http").principal(principal(ctx)).sessionId(sessionId).build();
        server.handleDocument(body, exchange).ifPresentOrElse(
                text -> ctx.status(batchStatus(text)).contentType("application/json").result(text),
                () -> ctx.status(202));
    }

    /** 200 for an array of responses; a single answer is the batch's rejection, with its own status. */
    private static int batchStatus(String answer) {
        return JsonRpcCodec.read(answer) instanceof Inbound.Single single
                ? HttpReplies.legacyStatus(single.message()) : 200;
    }

    /** The legacy session named by the request, or {@code null} after answering 400, 404 or 503. */
    private String session(Context ctx, dev.mcphex.ports.jsonrpc.RequestId id) {
        String sessionId = strip(ctx.header(HttpReplies.SESSION_HEADER));
        if (sessionId == null) {
            HttpReplies.error(ctx, 400, id, ErrorCodes.INVALID_REQUEST,
                    "Bad Request: the Mcp-Session-Id header is required; send initialize first");
            return null;
        }
        try {
            if (!server.sessionExists(sessionId, principal(ctx))) {
                HttpReplies.error(ctx, 404, id, HttpReplies.SESSION_NOT_FOUND, "Session not found");
                return null;
            }
        } catch (StoreUnavailableException e) {
            HttpReplies.unavailable(ctx, id, e);
            return null;
        }
        return sessionId;
    }

    private void run(Context ctx, JsonRpcRequest request, PostResponse response, Cancellation cancellation,
                     String sessionId) {
        boolean longLived = "subscriptions/listen".equals(request.method());
        if (longLived && !tracker.reserve()) {
            ctx.header("Retry-After", "5");
            HttpReplies.error(ctx, 503, request.id(), ErrorCodes.INTERNAL_ERROR,
                    "Too many open streams; try again later");
            return;
        }
        var timedOut = new AtomicBoolean();
        var switchToSse = timers.once(options.sseAfter(), response::streamIfStillRunning);
        response.keepAliveWith(() -> timers.every(options.keepAlive(), response::keepAlive));
        var timeout = longLived ? null : timers.once(options.requestTimeout(), () -> {
            timedOut.set(true);
            cancellation.cancel("timed out");
        });
        sessionStreams.cancelOnStop(cancellation, longLived);
        try {
            var exchange = Exchange.builder().transport("http").principal(principal(ctx)).sessionId(sessionId)
                    .sink(response).cancellation(cancellation).build();
            Optional<JsonRpcMessage> answer = server.handle(request, exchange);
            if (answer.isEmpty() && timedOut.get()) {
                answer = Optional.of(new JsonRpcError(request.id(), ErrorCodes.INTERNAL_ERROR,
                        "Request timed out after " + describe(options.requestTimeout())));
            }
            response.finish(answer);
        } finally {
            switchToSse.cancel();
            if (timeout != null) {
                timeout.cancel();
            }
            sessionStreams.forget(cancellation);
            if (longLived) {
                tracker.release();
            }
        }
    }

    private void get(Context ctx) {
        if (!admitted(ctx)) {
            return;
        }
        if (ctx.header(HttpReplies.SESSION_HEADER) == null && modernVersionHeader(ctx)) {
            HttpReplies.error(ctx, 405, null, ErrorCodes.METHOD_NOT_FOUND,
                    "Method Not Allowed: the 2026-07-28 protocol has no GET stream; use subscriptions/listen");
            return;
        }
        String sessionId = session(ctx, null);
        if (sessionId == null) {
            return;
        }
        String accept = ctx.header("Accept");
        if (accept != null && !accept.contains("text/event-stream") && !accept.contains("*/*")) {
            HttpReplies.error(ctx, 406, null, ErrorCodes.INVALID_REQUEST,
                    "Not Acceptable: the stream is text/event-stream");
            return;
        }
        sessionStreams.serve(ctx, sessionId, strip(ctx.header("Last-Event-ID")));
    }

    private void delete(Context ctx) {
        if (!admitted(ctx)) {
            return;
        }
        if (ctx.header(HttpReplies.SESSION_HEADER) == null && modernVersionHeader(ctx)) {
            HttpReplies.error(ctx, 405, null, ErrorCodes.METHOD_NOT_FOUND,
                    "Method Not Allowed: the 2026-07-28 protocol has no sessions");
            return;
        }
        String sessionId = session(ctx, null);
        if (sessionId == null) {
            return;
        }
        sessionStreams.closeSession(sessionId);
        server.endSession(sessionId);
        ctx.status(204);
    }

    /** {@code 30 s}, or {@code 300 ms} when the duration is not whole seconds. */
    private static String describe(java.time.Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static boolean modernVersionHeader(Context ctx) {
        return ProtocolVersion.parse(strip(ctx.header("MCP-Protocol-Version")))
                .map(v -> v.era() == Era.MODERN).orElse(false);
    }

    private static boolean acceptsSse(Context ctx) {
        String accept = ctx.header("Accept");
        return accept == null || accept.contains("text/event-stream") || accept.contains("*/*");
    }

    private static Principal principal(Context ctx) {
        return ResourceServer.principalOf(ctx);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
