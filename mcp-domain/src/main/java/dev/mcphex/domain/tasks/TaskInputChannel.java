package dev.mcphex.domain.tasks;

import dev.mcphex.domain.exchange.InputChannel;
import dev.mcphex.domain.exchange.Interactions;
import dev.mcphex.domain.wire.InputResponses;
import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStatus;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks of a task's handler: the unanswered requests are parked in the task ({@code input_required}) and
 * the handler waits, reading the store, until {@code tasks/update} (on any instance) has answered them all.
 * Answers that are not well-formed count as missing and are asked again. A cancelled or expired task ends
 * the wait.
 */
final class TaskInputChannel implements InputChannel {
    private final TaskStore store;
    private final String taskId;
    private final ClientCapabilities capabilities;
    private final Cancellation cancellation;
    private final Duration pollEvery;

    TaskInputChannel(TaskStore store, String taskId, ClientCapabilities capabilities, Cancellation cancellation,
                     Duration pollEvery) {
        this.store = store;
        this.taskId = taskId;
        this.capabilities = capabilities;
        this.cancellation = cancellation;
        this.pollEvery = pollEvery;
    }

    @Override
    public Map<String, InputResponse> ask(Map<String, InputRequest> requests) {
        requests.values().forEach(request -> {
            if (!request.supportedBy(capabilities)) {
                throw new MissingClientCapabilityException(request.requiredCapability());
            }
        });
        while (true) {
            cancellation.throwIfCancelled();
            TaskRecord task = store.find(taskId).filter(t -> t.status() != TaskStatus.CANCELLED).orElse(null);
            if (task == null) {
                cancellation.cancel("the task was cancelled or has expired");
                throw new CancellationException(cancellation.reason());
            }
            Map<String, InputResponse> answers = new LinkedHashMap<>();
            ObjectNode missing = Json.object();
            requests.forEach((key, request) -> {
                JsonNode raw = task.inputResponses().get(key);
                Optional<InputResponse> answer = raw == null ? Optional.empty() : InputResponses.decode(request, raw);
                answer.ifPresentOrElse(a -> answers.put(key, a),
                        () -> missing.set(key, Interactions.inputRequest(request)));
            });
            if (missing.isEmpty()) {
                return answers;
            }
            if (task.status() != TaskStatus.INPUT_REQUIRED || !task.inputRequests().equals(missing)) {
                store.requireInput(taskId, missing);
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollEvery);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for input");
        }
    }
}
