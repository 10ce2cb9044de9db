package dev.mcphex.domain.exchange;

import dev.mcphex.domain.wire.InputResponses;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Modern-era asks: answers come from the request (earlier rounds' answers carried in the request
 * state, plus this round's {@code inputResponses}); anything unanswered ends the round with an
 * {@link InputRequiredSignal}. Answers that are not well-formed count as missing and are asked again.
 */
public final class ModernInputChannel implements InputChannel {
    private final Map<String, JsonNode> available;
    private final ClientCapabilities capabilities;
    private final Map<String, JsonNode> used = new LinkedHashMap<>();

    public ModernInputChannel(Map<String, JsonNode> available, ClientCapabilities capabilities) {
        this.available = Map.copyOf(available);
        this.capabilities = capabilities;
    }

    @Override
    public Map<String, InputResponse> ask(Map<String, InputRequest> requests) {
        Capabilities.require(capabilities, requests);
        Map<String, InputResponse> answers = new LinkedHashMap<>();
        Map<String, InputRequest> missing = new LinkedHashMap<>();
        requests.forEach((key, request) -> {
            JsonNode raw = available.get(key);
            Optional<InputResponse> answer = raw == null ? Optional.empty() : InputResponses.decode(request, raw);
            if (answer.isPresent()) {
                answers.put(key, answer.get());
                synchronized (used) {
                    used.put(key, raw);
                }
            } else {
                missing.put(key, request);
            }
        });
        if (!missing.isEmpty()) {
            throw new InputRequiredSignal(missing);
        }
        return answers;
    }

    /** The well-formed answers the handler has used so far, to carry into the next round's state. */
    public Map<String, JsonNode> usedAnswers() {
        synchronized (used) {
            return Map.copyOf(used);
        }
    }
}
