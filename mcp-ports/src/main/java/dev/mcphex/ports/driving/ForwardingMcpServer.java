package dev.mcphex.ports.driving;

import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.spi.Principal;
import java.util.Optional;

/**
 * An {@link McpServer} that hands everything to another one: the base of decorators (metrics, history,
 * logging context) that override only what they add to.
 */
public abstract class ForwardingMcpServer implements McpServer {
    private final McpServer delegate;

    protected ForwardingMcpServer(McpServer delegate) {
        this.delegate = java.util.Objects.requireNonNull(delegate, "delegate");
    }

    /** The server this one forwards to. */
    protected final McpServer delegate() {
        return delegate;
    }

    @Override
    public Optional<JsonRpcMessage> handle(JsonRpcMessage message, Exchange exchange) {
        return delegate.handle(message, exchange);
    }

    @Override
    public Optional<String> handleDocument(byte[] utf8, Exchange exchange) {
        return delegate.handleDocument(utf8, exchange);
    }

    @Override
    public AutoCloseable openSessionStream(String sessionId, MessageSink sink) {
        return delegate.openSessionStream(sessionId, sink);
    }

    @Override
    public boolean sessionExists(String sessionId) {
        return delegate.sessionExists(sessionId);
    }

    @Override
    public boolean sessionExists(String sessionId, Principal principal) {
        return delegate.sessionExists(sessionId, principal);
    }

    @Override
    public boolean endSession(String sessionId) {
        return delegate.endSession(sessionId);
    }

    @Override
    public Implementation serverInfo() {
        return delegate.serverInfo();
    }
}
