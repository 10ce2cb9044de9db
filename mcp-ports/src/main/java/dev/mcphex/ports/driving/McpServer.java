package dev.mcphex.ports.driving;

import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.spi.Principal;
import java.util.Optional;

/**
 * The one entry point every transport calls. Both protocol eras come through here; the engine tells
 * them apart per message (modern when {@code _meta} carries a protocol version, legacy otherwise).
 * Implementations are thread-safe: transports call them concurrently, typically one virtual thread
 * per inbound request.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/basic/versioning">Versioning and backward compatibility</a>
 */
public interface McpServer {

    /**
     * Handles one inbound message. Blocks until the response is ready; messages produced meanwhile go
     * to {@link Exchange#sink()}.
     *
     * @return the response to send, or empty for notifications, client responses, and cancelled requests
     */
    Optional<JsonRpcMessage> handle(JsonRpcMessage message, Exchange exchange);

    /**
     * Handles one inbound document as received (UTF-8 JSON): a single message or, where the session's
     * protocol revision allows, a batch. Never throws on bad input; answers it with the right error.
     *
     * @return the serialized response (a message or an array of them), or empty when none is due
     */
    Optional<String> handleDocument(byte[] utf8, Exchange exchange);

    /**
     * Attaches a standalone stream to a legacy session: messages not related to any request
     * (list changes, resource updates, log messages outside requests) go there.
     *
     * @return closing it detaches the stream
     * @throws IllegalArgumentException if the session does not exist
     */
    AutoCloseable openSessionStream(String sessionId, MessageSink sink);

    /** Whether a legacy session exists and has not expired. */
    boolean sessionExists(String sessionId);

    /**
     * Whether a legacy session exists, has not expired, and belongs to {@code principal}: the one that
     * created it. Transports answer any other caller as if the session did not exist.
     */
    boolean sessionExists(String sessionId, Principal principal);

    /** Ends a legacy session: its streams close and in-flight requests are cancelled. */
    boolean endSession(String sessionId);

    /** The server's own name and version. */
    Implementation serverInfo();
}
