package dev.mcphex.adapter.stdio;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP stdio transport: newline-delimited JSON-RPC messages read from an input stream and written
 * to an output stream, for a server launched as a subprocess of its client.
 *
 * <p>Lines are read as raw bytes and handed to the codec, so invalid UTF-8 is answered like any other
 * parse error. {@code initialize} is handled on the reading thread, so the session it creates is bound
 * before the next line; every other request runs on its own virtual thread, so a request that waits for
 * a later line (the client's answer to an elicitation, say) never blocks the reading. Notifications and
 * client responses are handled on the reading thread. Responses are written in order of completion, one
 * JSON document per line. Nothing else is ever written to the output; logs go through SLF4J.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#stdio">stdio transport</a>
 */
public final class StdioTransport {
    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);
    private static final String TRANSPORT = "stdio";
    private static final String INITIALIZE = "initialize";
    private static final String INTERNAL_ERROR = "Internal error";

    private final McpServer server;
    private final InputStream in;
    private final StdioOptions options;
    private final LineWriter out;
    private final SessionBinding session;
    private final InFlight inFlight = new InFlight();
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * A transport over the given streams. It does not close them: their owner does.
     *
     * @param server  the engine that handles the messages
     * @param in      where client messages come from
     * @param out     where server messages go; nothing else is written to it
     * @param options limits and timings
     */
    public StdioTransport(McpServer server, InputStream in, OutputStream out, StdioOptions options) {
        this.server = Objects.requireNonNull(server, "server");
        this.in = Objects.requireNonNull(in, "in");
        this.options = Objects.requireNonNull(options, "options");
        this.out = new LineWriter(Objects.requireNonNull(out, "out"));
        this.session = new SessionBinding(server, this.out);
    }

    /** A transport over the given streams with {@link StdioOptions#DEFAULTS}. */
    public StdioTransport(McpServer server, InputStream in, OutputStream out) {
        this(server, in, out, StdioOptions.DEFAULTS);
    }

    /**
     * Serves {@code server} on the process's standard input and output until the input ends. Logging
     * is left as configured; it must not write to standard output.
     */
    public static void serve(McpServer server) {
        new StdioTransport(server, System.in, System.out).run();
    }

    /**
     * Reads and handles messages until the end of input, then waits for the requests still running,
     * at most the grace period, and cancels those that outlast it. Ends the session {@code initialize}
     * opened, flushes the output and returns; later messages are dropped. Runs once.
     *
     * @throws IllegalStateException if the transport has already run
     */
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("The transport has already run");
        }
        try {
            readAll();
        } finally {
            shutDown();
        }
    }

    private void readAll() {
        LineReader reader = new LineReader(in, options.maxLineBytes());
        try {
            for (Line line = reader.next(); !(line instanceof Line.End); line = reader.next()) {
                accept(line);
            }
        } catch (IOException e) {
            LOG.info("Reading the input failed; stopping: {}", e.toString());
        }
    }

    private void accept(Line line) {
        switch (line) {
            case Line.Content content when content.isBlank() -> { }
            case Line.Content content -> dispatch(content.bytes());
            case Line.TooLong tooLong -> out.send(new JsonRpcError(null, ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: the line is longer than the limit of " + options.maxLineBytes() + " bytes"));
            case Line.End end -> { }
        }
    }

    private void dispatch(byte[] document) {
        switch (JsonRpcCodec.read(document)) {
            case Inbound.Invalid invalid -> out.send(invalid.error());
            case Inbound.Batch batch -> handleBatch(document);
            case Inbound.Single(JsonRpcRequest request) when INITIALIZE.equals(request.method()) -> initialize(request);
            case Inbound.Single(JsonRpcRequest request) -> handleAsync(request);
            case Inbound.Single(JsonRpcMessage message) -> handleInline(message);
        }
    }

    private void initialize(JsonRpcRequest request) {
        Exchange exchange = exchange();
        respond(request, exchange);
        session.adopt(exchange);
    }

    private void handleAsync(JsonRpcRequest request) {
        Exchange exchange = exchange();
        inFlight.start(exchange.cancellation(), () -> respond(request, exchange));
    }

    private void respond(JsonRpcRequest request, Exchange exchange) {
        Optional<JsonRpcMessage> response;
        try {
            response = server.handle(request, exchange);
        } catch (Exception e) {
            LOG.error("Request {} ({}) failed", request.id(), request.method(), e);
            response = Optional.of(new JsonRpcError(request.id(), ErrorCodes.INTERNAL_ERROR, INTERNAL_ERROR));
        }
        response.ifPresent(out::send);
    }

    private void handleInline(JsonRpcMessage message) {
        try {
            server.handle(message, exchange()).ifPresent(out::send);
        } catch (Exception e) {
            LOG.error("Handling an inbound {} failed", message.getClass().getSimpleName(), e);
        }
    }

    private void handleBatch(byte[] document) {
        Exchange exchange = exchange();
        inFlight.start(exchange.cancellation(), () -> {
            try {
                server.handleDocument(document, exchange).ifPresent(this::writeDocument);
            } catch (Exception e) {
                LOG.error("A batch failed", e);
                out.send(new JsonRpcError(null, ErrorCodes.INTERNAL_ERROR, INTERNAL_ERROR));
            }
        });
    }

    /** Writes serialized JSON, compacting it first should it span lines. */
    private void writeDocument(String json) {
        boolean multiline = json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0;
        out.writeLine(multiline ? Json.write(Json.parse(json)) : json);
    }

    private Exchange exchange() {
        return Exchange.builder().transport(TRANSPORT).sessionId(session.id()).sink(out).build();
    }

    private void shutDown() {
        int cancelled = inFlight.awaitOrCancel(options.shutdownGrace(), "The client closed its input");
        if (cancelled > 0) {
            LOG.info("Cancelled {} request(s) still running {} after the input ended", cancelled, options.shutdownGrace());
        }
        session.end();
        out.close();
    }
}
