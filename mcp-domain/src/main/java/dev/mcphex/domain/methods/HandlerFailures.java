package dev.mcphex.domain.methods;

import dev.mcphex.domain.exchange.RequestCancelledException;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides what an exception thrown by handler code means for the client: a protocol error, a
 * cancellation (no response), or a failure message the caller may read. Messages of unexpected
 * exceptions stay in the server's log, referenced by an id; no stack trace reaches the client.
 */
final class HandlerFailures {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerFailures.class);

    private HandlerFailures() {
    }

    /**
     * Rethrows what must not become a failure message (protocol errors, cancellations), and returns the
     * message for everything else.
     */
    static String messageOf(Exception e, RequestScope scope, String what) {
        switch (e) {
            case McpProtocolException p -> throw p;
            case RequestCancelledException c -> throw c;
            case MissingClientCapabilityException m -> {
                if (scope.modern()) {
                    throw missingCapability(m.capability());
                }
                return m.getMessage();
            }
            case CancellationException c when scope.cancellation().isCancelled() ->
                    throw new RequestCancelledException(scope.cancellation().reason());
            case InterruptedException i when scope.cancellation().isCancelled() ->
                    throw new RequestCancelledException(scope.cancellation().reason());
            case ToolExecutionException t -> {
                return t.getMessage();
            }
            case IllegalArgumentException i when i.getMessage() != null -> {
                return what + " failed: " + i.getMessage();
            }
            default -> {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.warn("{} failed (reference {})", what, reference, e);
                return what + " failed with an internal error (reference " + reference + ")";
            }
        }
    }

    /** The modern era's -32021 error naming a capability path such as {@code elicitation.url}. */
    static McpProtocolException missingCapability(String path) {
        ObjectNode data = Json.object();
        ObjectNode node = data.putObject("requiredCapabilities");
        for (String part : path.split("\\.")) {
            node = node.putObject(part);
        }
        return new McpProtocolException(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY,
                "Missing required client capability: " + path, data);
    }
}
