package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.Root;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.protocol.UrlElicitation;
import java.util.List;
import java.util.Map;

/**
 * What a tool, resource or prompt handler may do while it serves one request. The same calls work in
 * both protocol eras: in the legacy era an ask is a server-to-client request that this call awaits; in
 * the modern era it ends this round with an input-required result, and the handler runs again when
 * the client retries with the answers, getting them from the same call. A handler should therefore
 * make its asks before it has side effects.
 */
public interface McpContext {

    /** Who is calling. */
    Principal principal();

    /** What the client declared it can do, for this request. */
    ClientCapabilities clientCapabilities();

    /** The client's name and version, or {@link Implementation#UNKNOWN}. */
    Implementation clientInfo();

    /** This request's cancellation; long work should poll it. */
    Cancellation cancellation();

    /**
     * Reports progress, if the client asked for it with a progress token; otherwise does nothing.
     *
     * @param progress increases with every call
     * @param total    the value progress reaches when done, or {@code null} if unknown
     * @param message  optional human-readable status
     */
    void progress(double progress, Double total, String message);

    /**
     * Sends a log message to the client, if its level passes the client's threshold.
     *
     * @param level  severity
     * @param logger optional logger name
     * @param data   a string or any JSON-serializable value
     */
    void log(LogLevel level, String logger, Object data);

    default void log(LogLevel level, String message) {
        log(level, null, message);
    }

    /**
     * Asks the client for several inputs at once and waits for all answers.
     *
     * @param requests the requests by key; keys are stable across retries
     * @return the answers by the same keys
     * @throws MissingClientCapabilityException if the client cannot answer one of them
     */
    Map<String, InputResponse> ask(Map<String, InputRequest> requests);

    /** Asks the user to fill in a form, under a key of the caller's choice. */
    default ElicitationResult elicit(String key, FormElicitation request) {
        return (ElicitationResult) ask(Map.of(key, request)).get(key);
    }

    /** Asks the user to fill in a form. Keys are derived from the order of asks. */
    ElicitationResult elicit(FormElicitation request);

    /** Sends the user to a URL (2025-11-25 and later clients that declared URL mode). */
    default ElicitationResult elicit(String key, UrlElicitation request) {
        return (ElicitationResult) ask(Map.of(key, request)).get(key);
    }

    /** Asks the client's model for a completion, under a key of the caller's choice. */
    default SamplingResult sample(String key, SamplingRequest request) {
        return (SamplingResult) ask(Map.of(key, request)).get(key);
    }

    /** Asks the client's model for a completion. */
    SamplingResult sample(SamplingRequest request);

    /** The client's roots. */
    List<Root> roots();
}
