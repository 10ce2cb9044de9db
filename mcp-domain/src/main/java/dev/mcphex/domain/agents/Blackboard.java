package dev.mcphex.domain.agents;

import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.ModelTool;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The notes the agents of one run share, kept in the {@link ContextStore} under a scope of the run's own,
 * so agents on any instance see them. Agents reach it through two tools offered to their model.
 */
final class Blackboard {
    static final String READ = "blackboard_read";
    static final String WRITE = "blackboard_write";

    private final ContextStore store;
    private final String scope;
    private final Duration ttl;

    Blackboard(ContextStore store, String scope, Duration ttl) {
        this.store = store;
        this.scope = scope;
        this.ttl = ttl;
    }

    static boolean handles(String tool) {
        return READ.equals(tool) || WRITE.equals(tool);
    }

    /** The two blackboard tools, as offered to a model. */
    static List<ModelTool> tools() {
        ObjectNode read = Json.object().put("type", "object");
        read.putObject("properties").putObject("key").put("type", "string")
                .put("description", "The note to read; omit it to list the keys");
        ObjectNode write = Json.object().put("type", "object");
        ObjectNode properties = write.putObject("properties");
        properties.putObject("key").put("type", "string").put("description", "The note's key");
        properties.putObject("value").put("description", "The note: any JSON value");
        write.putArray("required").add("key").add("value");
        return List.of(
                new ModelTool(READ, "Reads a note of the run's shared blackboard, or lists its keys", read),
                new ModelTool(WRITE, "Writes a note on the run's shared blackboard, for the other agents", write));
    }

    void put(String key, JsonNode value) {
        store.put(scope, key, value, ttl);
    }

    /** Serves a blackboard tool call. */
    CallOutcome call(String tool, ObjectNode arguments) {
        JsonNode key = arguments.get("key");
        if (key != null && !key.isString()) {
            return CallOutcome.refused("key must be a string");
        }
        if (WRITE.equals(tool)) {
            if (key == null || key.stringValue().isBlank() || !arguments.has("value")) {
                return CallOutcome.refused("blackboard_write needs a key and a value");
            }
            put(key.stringValue(), arguments.get("value"));
            return CallOutcome.ok("written: " + key.stringValue());
        }
        if (key == null) {
            return CallOutcome.ok(String.join("\n", new TreeSet<>(store.keys(scope))));
        }
        return store.get(scope, key.stringValue())
                .map(value -> CallOutcome.ok(value.isString() ? value.stringValue() : Json.write(value)))
                .orElseGet(() -> CallOutcome.refused("no note under " + key.stringValue()));
    }

    /** Every live note, by key. */
    ObjectNode snapshot() {
        ObjectNode notes = Json.object();
        new TreeSet<>(store.keys(scope)).forEach(k -> store.get(scope, k).ifPresent(v -> notes.set(k, v)));
        return notes;
    }
}
