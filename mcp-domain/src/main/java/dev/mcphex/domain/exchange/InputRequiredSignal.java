package dev.mcphex.domain.exchange;

import dev.mcphex.ports.protocol.InputRequest;
import java.util.Map;

/**
 * Ends a modern-era round: the handler asked for input the client has not given yet. Control flow,
 * not an error; carries no stack trace.
 */
public final class InputRequiredSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, InputRequest> requests;

    public InputRequiredSignal(Map<String, InputRequest> requests) {
        super("input required: " + requests.keySet(), null, false, false);
        this.requests = Map.copyOf(requests);
    }

    /** The requests still unanswered, by key. */
    public Map<String, InputRequest> requests() {
        return requests;
    }
}
