package dev.mcphex.ports.jsonrpc;

/**
 * One JSON-RPC 2.0 message. The envelope is frozen by the specification, so the union is sealed:
 * a request (has an id and a method), a notification (a method, no id), a successful response
 * and an error response.
 */
public sealed interface JsonRpcMessage
        permits JsonRpcRequest, JsonRpcNotification, JsonRpcResult, JsonRpcError {
}
