package dev.mcphex.domain.wire;

import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Everything the engine sent in one conversation, each message as it goes on the wire (serialized and
 * parsed back) with the definitions it must conform to. Responses are labelled by the caller, who knows
 * what was asked; messages pushed to a sink are classified by method.
 */
final class Transcript {
    private static final Map<String, String> PUSHED = Map.ofEntries(
            Map.entry("notifications/progress", "ProgressNotification"),
            Map.entry("notifications/message", "LoggingMessageNotification"),
            Map.entry("notifications/cancelled", "CancelledNotification"),
            Map.entry("notifications/tools/list_changed", "ToolListChangedNotification"),
            Map.entry("notifications/prompts/list_changed", "PromptListChangedNotification"),
            Map.entry("notifications/resources/list_changed", "ResourceListChangedNotification"),
            Map.entry("notifications/resources/updated", "ResourceUpdatedNotification"),
            Map.entry("notifications/subscriptions/acknowledged", "SubscriptionsAcknowledgedNotification"),
            Map.entry("elicitation/create", "ElicitRequest"),
            Map.entry("sampling/createMessage", "CreateMessageRequest"),
            Map.entry("roots/list", "ListRootsRequest"),
            Map.entry("notifications/tasks/status", "TaskStatusNotification"),
            Map.entry("notifications/tasks", "JSONRPCNotification"));
    private static final long WAIT_SECONDS = 10;

    private final String version;
    private final List<WireCase> cases = new CopyOnWriteArrayList<>();
    private final Set<String> covered = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<JsonNode> pushed = new LinkedBlockingQueue<>();

    Transcript(String version) {
        this.version = version;
    }

    /** Records a response that must be a result conforming to the given definitions. */
    JsonNode result(String name, Optional<JsonRpcMessage> response, Check... checks) {
        return record(name, response, JsonRpcResult.class, "JSONRPCResultResponse", null, List.of(checks));
    }

    /** Records a response that must be an error with {@code code}, conforming to the given definitions. */
    JsonNode error(String name, Optional<JsonRpcMessage> response, int code, Check... checks) {
        return record(name, response, JsonRpcError.class, "JSONRPCErrorResponse", code, List.of(checks));
    }

    /** A sink that records what it is sent and passes it on. */
    MessageSink sink(String context, MessageSink next) {
        return message -> {
            JsonNode wire = wire(message);
            String method = wire.path("method").asString("");
            String envelope = message instanceof JsonRpcRequest ? "JSONRPCRequest" : "JSONRPCNotification";
            String definition = PUSHED.getOrDefault(method, "(nothing for " + method + ")");
            add(context + " sends " + definition, wire, List.of(Check.whole(envelope), Check.whole(definition)));
            pushed.add(wire);
            next.send(message);
        };
    }

    MessageSink sink(String context) {
        return sink(context, MessageSink.DISCARD);
    }

    /** Waits for a pushed message with {@code method}; records a failed case when none comes. */
    Optional<JsonNode> awaitPushed(String method) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            List<JsonNode> others = new ArrayList<>();
            try {
                while (System.nanoTime() < deadline) {
                    JsonNode next = pushed.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (next != null && method.equals(next.path("method").asString(""))) {
                        return Optional.of(next);
                    }
                    if (next != null) {
                        others.add(next);
                    }
                }
            } finally {
                pushed.addAll(others);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cases.add(WireCase.failed(version, method, "the engine never sent " + method));
        return Optional.empty();
    }

    /** Adds a case that fails unless every one of {@code definitions} was checked on some message. */
    void requireCoverage(Collection<String> definitions) {
        Set<String> missing = new TreeSet<>(definitions);
        missing.removeAll(covered);
        cases.add(new WireCase(version, "conversation sends every expected message kind", schema ->
                missing.isEmpty() ? List.of() : List.of("never sent: " + missing)));
    }

    List<WireCase> cases() {
        return List.copyOf(cases);
    }

    private JsonNode record(String name, Optional<JsonRpcMessage> response, Class<?> kind, String envelope,
                            Integer code, List<Check> checks) {
        if (response.isEmpty() || !kind.isInstance(response.get())) {
            cases.add(WireCase.failed(version, name, "expected a " + kind.getSimpleName() + " but the engine sent "
                    + response.map(JsonRpcCodec::write).orElse("nothing")));
            return Json.object();
        }
        JsonNode wire = wire(response.get());
        List<Check> all = new ArrayList<>();
        all.add(Check.whole(envelope));
        all.addAll(checks);
        if (code != null && wire.path("error").path("code").asInt() != code) {
            cases.add(WireCase.failed(version, name, "expected error code " + code + " in " + wire));
            return wire;
        }
        add(name, wire, all);
        return wire;
    }

    private void add(String name, JsonNode wire, List<Check> checks) {
        checks.forEach(c -> covered.add(c.definition()));
        cases.add(new WireCase(version, name, schema -> {
            List<String> problems = new ArrayList<>();
            for (Check check : checks) {
                JsonNode part = wire.at(check.pointer());
                if (part.isMissingNode()) {
                    problems.add("nothing at " + check.pointer() + " for " + check.definition());
                } else {
                    problems.addAll(schema.problems(part, check.definition()));
                }
            }
            if (!problems.isEmpty()) {
                problems.add("message: " + wire);
            }
            return problems;
        }));
    }

    private static JsonNode wire(JsonRpcMessage message) {
        return Json.parse(JsonRpcCodec.write(message));
    }
}
