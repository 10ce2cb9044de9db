package dev.mcphex.ports.driving;

import dev.mcphex.ports.jsonrpc.JsonRpcMessage;

/**
 * Where the server sends messages to one client stream: notifications and server-to-client requests
 * related to a request (on that request's stream), or unrelated ones (on a session's standalone stream).
 * Implementations are thread-safe and never block for long.
 */
@FunctionalInterface
public interface MessageSink {
    /** A sink that drops everything, for exchanges with no stream to speak on. */
    MessageSink DISCARD = message -> { };

    /**
     * Sends one message. A closed stream drops it silently; the engine learns of closed streams
     * through cancellation, not through exceptions here.
     */
    void send(JsonRpcMessage message);
}
