package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Negotiation of the tasks extension: the server always declares it; a client has it for one request
 * iff that request's client capabilities list it. There is no memory across requests.
 */
public final class TasksExtension {
    /** The extension's identifier, a key of {@code capabilities.extensions}. */
    public static final String ID = "io.modelcontextprotocol/tasks";

    private TasksExtension() {
    }

    /** Whether the request's client supports tasks (modern era only). */
    public static boolean negotiated(RequestScope scope) {
        return scope.modern() && scope.clientCapabilities().extension(ID);
    }

    /** Adds the extension to a server's {@code capabilities}. */
    public static void declare(ObjectNode capabilities) {
        ObjectNode extensions = capabilities.get("extensions") instanceof ObjectNode e
                ? e : capabilities.putObject("extensions");
        extensions.putObject(ID);
    }

    /** Throws the modern era's -32021 naming the extension unless the request's client supports tasks. */
    static void require(RequestScope scope) {
        if (!negotiated(scope)) {
            throw missing();
        }
    }

    /** The -32021 error naming the extension. */
    static McpProtocolException missing() {
        ObjectNode data = Json.object();
        data.putObject("requiredCapabilities").putObject("extensions").putObject(ID);
        return new McpProtocolException(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY,
                "Missing required client capability: extensions." + ID, data);
    }
}
