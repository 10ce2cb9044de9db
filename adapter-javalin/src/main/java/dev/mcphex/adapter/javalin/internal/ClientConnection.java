package dev.mcphex.adapter.javalin.internal;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.spi.Cancellation;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client on a connection that carries JSON-RPC both ways, as the 2024-11-05 HTTP+SSE transport and
 * WebSocket do. {@code initialize} runs inline and binds the legacy session it opens to the connection,
 * with a standalone stream for unrelated notifications; every other request runs on its own virtual
 * thread, so a request awaiting the client's answer never blocks the message carrying it. Closing the
 * connection cancels its requests and ends its session. Modern-era requests need no session and pass
 * through as they are; {@code subscriptions/listen} runs until the connection closes, the others at most
 * the request timeout. Thread-safe.
 */
public final class ClientConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);

    private final McpServer server;
    private final String transport;
    private final Consumer<String> out;
    private final MessageSink sink;
    private final Timers timers;
    private final Duration requestTimeout;
    private final Set<Cancellation> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String sessionId;
    private final Principal principal;
    private AutoCloseable sessionStream;

    /**
     * @param transport      the transport's name, for logs and metrics
     * @param out            writes one serialized JSON-RPC document to the client; drops it once the connection is gone
     * @param requestTimeout how long a request may run before it is cancelled
     * @param principal      the caller the connection was authenticated as
     */
    public ClientConnection(McpServer server, String transport, Consumer<String> out, Timers timers,
                            Duration requestTimeout, Principal principal) {
        this.server = server;
        this.principal = principal;
        this.transport = transport;
        this.out = out;
        this.sink = message -> out.accept(JsonRpcCodec.write(message));
        this.timers = timers;
        this.requestTimeout = requestTimeout;
    }

    /** The engine session bound by {@code initialize}, if any. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** Handles one inbound document: a message or a batch, as UTF-8 JSON. */
    public void accept(byte[] document) {
        if (closed.get()) {
            return;
        }
        switch (JsonRpcCodec.read(document)) {
            case Inbound.Invalid invalid -> sink.send(invalid.error());
            case Inbound.Batch batch -> {
                Exchange exchange = exchange(new Cancellation());
                start(exchange.cancellation(), () -> server.handleDocument(document, exchange).ifPresent(out));
            }
            case Inbound.Single(JsonRpcRequest request) when "initialize".equals(request.method()) ->
                    initialize(request);
            case Inbound.Single(JsonRpcRequest request) -> {
                var cancellation = new Cancellation();
                start(cancellation, () -> respond(request, cancellation));
            }
            case Inbound.Single(JsonRpcMessage message) -> server.handle(message, exchange(new Cancellation()))
                    .ifPresent(sink::send);
        }
    }

    private void initialize(JsonRpcRequest request) {
        Exchange exchange = exchange(new Cancellation());
        Optional<JsonRpcMessage> response = server.handle(request, exchange);
        exchange.sessionId().ifPresent(this::adopt);
        response.ifPresent(sink::send);
    }

    private void respond(JsonRpcRequest request, Cancellation cancellation) {
        var timedOut = new AtomicBoolean();
        boolean longLived = "subscriptions/listen".equals(request.method());
        var timeout = longLived ? null : timers.once(requestTimeout, () -> {
            timedOut.set(true);
            cancellation.cancel("timed out");
        });
        try {
            Optional<JsonRpcMessage> answer = server.handle(request, exchange(cancellation));
            if (answer.isEmpty() && timedOut.get()) {
                answer = Optional.of(new JsonRpcError(request.id(), ErrorCodes.INTERNAL_ERROR,
                        "Request timed out after " + requestTimeout.toSeconds() + " s"));
            }
            answer.ifPresent(sink::send);
        } finally {
            if (timeout != null) {
                timeout.cancel();
            }
        }
    }

    private void start(Cancellation cancellation, Runnable work) {
        running.add(cancellation);
        Thread.ofVirtual().name("mcphex-" + transport).start(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("A request on the {} transport failed", transport, e);
            } finally {
                running.remove(cancellation);
            }
        });
    }

    private Exchange exchange(Cancellation cancellation) {
        return Exchange.builder().transport(transport).sessionId(sessionId).sink(sink).cancellation(cancellation)
                .principal(principal).build();
    }

    private synchronized void adopt(String bound) {
        if (bound.equals(sessionId)) {
            return;
        }
        endSession();
        if (closed.get()) {
            server.endSession(bound);
            return;
        }
        sessionId = bound;
        try {
            sessionStream = server.openSessionStream(bound, sink);
        } catch (IllegalArgumentException e) {
            LOG.debug("Session {} ended before its stream opened", bound);
        }
    }

    /** Cancels the requests still running and ends the session; later messages are ignored. */
    public synchronized void close(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        running.forEach(c -> c.cancel(reason));
        endSession();
    }

    private void endSession() {
        if (sessionStream != null) {
            try {
                sessionStream.close();
            } catch (Exception e) {
                LOG.debug("Detaching the stream of session {} failed", sessionId, e);
            }
            sessionStream = null;
        }
        if (sessionId != null) {
            server.endSession(sessionId);
            sessionId = null;
        }
    }
}
