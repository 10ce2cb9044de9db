package dev.mcphex.adapter.stdio;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.driving.MessageSink;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legacy session of the one client on stdio: its id, once {@code initialize} has bound one, and
 * the standalone stream that carries its unrelated messages to the output. Used by the reader thread only.
 */
final class SessionBinding {
    private static final Logger LOG = LoggerFactory.getLogger(SessionBinding.class);

    private final McpServer server;
    private final MessageSink sink;
    private String id;
    private AutoCloseable stream;

    SessionBinding(McpServer server, MessageSink sink) {
        this.server = server;
        this.sink = sink;
    }

    /** The current session id, or {@code null} before {@code initialize}. */
    String id() {
        return id;
    }

    /** Takes the session an {@code initialize} exchange bound, replacing (and ending) any earlier one. */
    void adopt(Exchange exchange) {
        Optional<String> bound = exchange.sessionId();
        if (bound.isEmpty() || bound.get().equals(id)) {
            return;
        }
        end();
        id = bound.get();
        try {
            stream = server.openSessionStream(id, sink);
        } catch (RuntimeException e) {
            LOG.warn("Could not open the stream of session {}: {}", id, e.toString());
        }
    }

    /** Detaches the stream and ends the session, if any. */
    void end() {
        if (stream != null) {
            try {
                stream.close();
            } catch (Exception e) {
                LOG.debug("Closing the stream of session {} failed: {}", id, e.toString());
            }
            stream = null;
        }
        if (id != null) {
            try {
                server.endSession(id);
            } catch (RuntimeException e) {
                LOG.warn("Ending session {} failed: {}", id, e.toString());
            }
            id = null;
        }
    }
}
