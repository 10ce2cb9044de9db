package dev.mcphex.ports.jsonrpc;

/**
 * Every JSON-RPC error code the server uses, in one place.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic">MCP base protocol</a>
 */
public final class ErrorCodes {
    /** The message is not valid JSON (or not valid UTF-8). */
    public static final int PARSE_ERROR = -32700;
    /** The JSON is not a valid JSON-RPC request. */
    public static final int INVALID_REQUEST = -32600;
    /** The method does not exist, or is not served in the request's protocol era. */
    public static final int METHOD_NOT_FOUND = -32601;
    /** The parameters are invalid: wrong types, missing fields, unknown tool or prompt, invalid arguments. */
    public static final int INVALID_PARAMS = -32602;
    /** An unexpected failure inside the server; the message never carries a stack trace. */
    public static final int INTERNAL_ERROR = -32603;
    /** A resource that does not exist, legacy era (2024-11-05 to 2025-11-25). */
    public static final int RESOURCE_NOT_FOUND = -32002;
    /**
     * The caller lacks a scope the tool, resource or prompt requires; {@code data.requiredScopes} names
     * them. HTTP answers it with 403 and {@code WWW-Authenticate: Bearer error="insufficient_scope"}.
     */
    public static final int FORBIDDEN = -32003;
    /**
     * The caller sent too many requests; {@code data.retryAfterSeconds} says when to try again. HTTP
     * answers it with 429 and {@code Retry-After}.
     */
    public static final int RATE_LIMITED = -32029;
    /**
     * When to retry an {@link #INTERNAL_ERROR} caused by a store that cannot be reached now, as its
     * {@code data.retryAfterSeconds} (see {@link JsonRpcError.Detail#unavailable}).
     */
    public static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
    /** Modern era: an HTTP header disagrees with the body. */
    public static final int HEADER_MISMATCH = -32020;
    /** Modern era: the request needs a client capability the client did not declare. */
    public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
    /** Modern era: the protocol version is not supported. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;
    /** 2025-11-25: the request needs the user to complete a URL-mode elicitation first. */
    public static final int URL_ELICITATION_REQUIRED = -32042;

    private ErrorCodes() {
    }
}
