package dev.mcphex.ports.driven;

import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import java.util.function.BiConsumer;

/**
 * Carries a legacy client's response to a server-to-client request (elicitation, sampling, roots) to
 * the instance whose handler waits for it, when the client posted it to another instance. Every
 * subscriber, on every instance, receives every response; the one that awaits it completes it, the
 * others ignore it.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#sending-messages-to-the-server">Sending messages to the server</a>
 */
public interface ClientResponseRelay {

    /**
     * Offers a response that no request on this instance awaits, asynchronously where the
     * implementation is remote.
     *
     * @param sessionId the session the response arrived on
     * @param response  a {@code JsonRpcResult} or a {@code JsonRpcError} with an id
     */
    void publish(String sessionId, JsonRpcMessage response);

    /**
     * Registers a handler that receives the session id and the response; it must be quick and must
     * not throw.
     *
     * @return closing it unregisters the handler
     */
    AutoCloseable subscribe(BiConsumer<String, JsonRpcMessage> handler);
}
