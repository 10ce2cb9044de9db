package dev.mcphex.examples.conformance;

import dev.mcphex.ports.jsonrpc.Json;
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
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import dev.mcphex.ports.spi.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A context that behaves as the engine does on the modern wire: it answers asks from the answers
 * gathered so far and ends the round with {@link MissingAnswers} for the others. It records the logs,
 * progress and asks of a handler, and refuses asks without a stable key.
 */
final class FakeContext implements McpContext {

    /** What the default client declares: sampling, form elicitation and roots. */
    static final String ALL_CAPABILITIES = "{\"sampling\":{},\"elicitation\":{},\"roots\":{\"listChanged\":true}}";

    /** One log message. */
    record LogEntry(LogLevel level, String logger, Object data, long nanos) {
    }

    /** One progress report. */
    record ProgressEntry(double progress, Double total, String message) {
    }

    /** Ends a round whose asks are not all answered yet, as the engine's control-flow exception does. */
    static final class MissingAnswers extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Map<String, InputRequest> pending;

        MissingAnswers(Map<String, InputRequest> pending) {
            super("input required: " + pending.keySet(), null, false, false);
            this.pending = Collections.unmodifiableMap(new LinkedHashMap<>(pending));
        }

        Map<String, InputRequest> pending() {
            return pending;
        }
    }

    private final ClientCapabilities capabilities;
    private final Map<String, InputResponse> answers = new HashMap<>();
    private final Cancellation cancellation = new Cancellation();
    final List<LogEntry> logs = new CopyOnWriteArrayList<>();
    final List<ProgressEntry> progress = new CopyOnWriteArrayList<>();
    /** The keys of each ask, in the order asked. */
    final List<List<String>> asks = new CopyOnWriteArrayList<>();
    /** Every request asked, by key. */
    final Map<String, InputRequest> asked = new LinkedHashMap<>();

    FakeContext(String capabilitiesJson) {
        this.capabilities = ClientCapabilities.of(Json.parse(capabilitiesJson));
    }

    /** A context for a client that declared sampling, elicitation and roots. */
    FakeContext() {
        this(ALL_CAPABILITIES);
    }

    /** Adds an answer, as a retry's {@code inputResponses} would. */
    FakeContext answer(String key, InputResponse response) {
        answers.put(key, response);
        return this;
    }

    @Override
    public Principal principal() {
        return Principal.ANONYMOUS;
    }

    @Override
    public ClientCapabilities clientCapabilities() {
        return capabilities;
    }

    @Override
    public Implementation clientInfo() {
        return new Implementation("conformance-test-client", "1.0.0");
    }

    @Override
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public void progress(double value, Double total, String message) {
        progress.add(new ProgressEntry(value, total, message));
    }

    @Override
    public void log(LogLevel level, String logger, Object data) {
        logs.add(new LogEntry(level, logger, data, System.nanoTime()));
    }

    @Override
    public Map<String, InputResponse> ask(Map<String, InputRequest> requests) {
        asks.add(List.copyOf(requests.keySet()));
        asked.putAll(requests);
        for (InputRequest request : requests.values()) {
            if (!request.supportedBy(capabilities)) {
                throw new MissingClientCapabilityException(request.requiredCapability());
            }
        }
        Map<String, InputRequest> pending = new LinkedHashMap<>();
        Map<String, InputResponse> answered = new HashMap<>();
        requests.forEach((key, request) -> {
            InputResponse response = answers.get(key);
            if (response == null) {
                pending.put(key, request);
            } else {
                answered.put(key, response);
            }
        });
        if (!pending.isEmpty()) {
            throw new MissingAnswers(pending);
        }
        return answered;
    }

    @Override
    public ElicitationResult elicit(FormElicitation request) {
        throw new AssertionError("fixtures must elicit under a stable key");
    }

    @Override
    public SamplingResult sample(SamplingRequest request) {
        throw new AssertionError("fixtures must sample under a stable key");
    }

    @Override
    public List<Root> roots() {
        throw new AssertionError("fixtures must ask for roots under a stable key");
    }

    /** All keys asked so far, in order, without repeats. */
    List<String> askedKeys() {
        return new ArrayList<>(asked.keySet());
    }
}
