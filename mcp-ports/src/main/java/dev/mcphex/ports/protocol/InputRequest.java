package dev.mcphex.ports.protocol;

/**
 * Something a server asks of the client while it handles a request: a user's input (elicitation),
 * a model's completion (sampling), or the client's roots. In the legacy era it travels as a
 * server-to-client request; in the modern era as an entry of an {@code InputRequiredResult}.
 */
public sealed interface InputRequest permits FormElicitation, UrlElicitation, SamplingRequest, RootsRequest {

    /** The JSON-RPC method of this request on the wire. */
    String method();

    /**
     * Whether a client with these capabilities can answer it.
     *
     * @param capabilities what the client declared
     */
    boolean supportedBy(ClientCapabilities capabilities);

    /** The capability to name in a missing-capability error, as a path such as {@code elicitation.url}. */
    String requiredCapability();
}
