package dev.mcphex.ports.agents;

import dev.mcphex.ports.jsonrpc.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Agent definitions as the definitions files, the admin API and the command line write them: each agent an
 * object with {@code name}, {@code description}, {@code instructions}, optional {@code allowedTools} (tool names;
 * {@code "*"} for every tool the caller may call), {@code modelPreferences} (MCP's shape) and {@code limits}
 * ({@code maxSteps}, {@code maxTokens}, {@code maxDurationSeconds}; each defaulting to {@link AgentLimits#DEFAULT});
 * a file holds {@code {"agents": [ ... ]}} or a bare list. Other fields are ignored.
 */
public final class AgentDefinitionJson {
    private AgentDefinitionJson() {
    }

    /**
     * Reads a definitions file's text.
     *
     * @param source names the source in error messages, such as a file name
     * @throws IllegalArgumentException naming the source, the agent and what is wrong
     */
    public static List<AgentDefinition> parseAll(String json, String source) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + " is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode list = root.isArray() ? root : root.path("agents");
        if (!list.isArray()) {
            throw new IllegalArgumentException(source + " needs a list of agents, or an object with one under \"agents\"");
        }
        List<AgentDefinition> agents = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            try {
                agents.add(fromJson(node, null));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", agent " + index + ": " + e.getMessage(), e);
            }
        }
        return agents;
    }

    /**
     * Reads one agent.
     *
     * @param name the agent's name when it is given apart from the object, as in a URL, or {@code null}; the
     *             object may then leave {@code name} out, and must not give another
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static AgentDefinition fromJson(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an agent must be a JSON object");
        }
        List<String> tools = new ArrayList<>();
        JsonNode toolNode = node.path("allowedTools");
        if (!toolNode.isMissingNode() && !toolNode.isNull() && !toolNode.isArray()) {
            throw new IllegalArgumentException("allowedTools must be a list of tool names");
        }
        for (JsonNode tool : toolNode) {
            if (!tool.isString()) {
                throw new IllegalArgumentException("allowedTools must be tool names");
            }
            tools.add(tool.stringValue());
        }
        JsonNode preferences = node.get("modelPreferences");
        if (preferences != null && !preferences.isNull() && !preferences.isObject()) {
            throw new IllegalArgumentException("modelPreferences must be an object");
        }
        return new AgentDefinition(name(node, name), text(node, "description"), text(node, "instructions"), tools,
                preferences == null || preferences.isNull() ? null : preferences, limits(node.path("limits")));
    }

    /** One agent as a definitions file holds it; {@link #fromJson} reads it back to the same definition. */
    public static ObjectNode toJson(AgentDefinition agent) {
        ObjectNode node = Json.object().put("name", agent.name()).put("description", agent.description())
                .put("instructions", agent.instructions());
        ArrayNode tools = node.putArray("allowedTools");
        agent.allowedTools().forEach(tools::add);
        if (agent.modelPreferences() != null) {
            node.set("modelPreferences", agent.modelPreferences());
        }
        ObjectNode limits = node.putObject("limits").put("maxSteps", agent.limits().maxSteps())
                .put("maxTokens", agent.limits().maxTokens());
        long millis = agent.limits().maxDuration().toMillis();
        if (millis % 1000 == 0) {
            limits.put("maxDurationSeconds", millis / 1000);
        } else {
            limits.put("maxDurationSeconds", millis / 1000.0);
        }
        return node;
    }

    private static String name(JsonNode node, String given) {
        if (given == null || !node.has("name")) {
            return given == null ? text(node, "name") : given;
        }
        String inBody = text(node, "name");
        if (!inBody.equals(given)) {
            throw new IllegalArgumentException("name '" + inBody + "' differs from the agent named '" + given + "'");
        }
        return given;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.stringValue();
    }

    private static AgentLimits limits(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return AgentLimits.DEFAULT;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("limits must be an object");
        }
        AgentLimits fallback = AgentLimits.DEFAULT;
        long steps = positiveWhole(node, "maxSteps", fallback.maxSteps());
        if (steps > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limits.maxSteps is too large");
        }
        long tokens = positiveWhole(node, "maxTokens", fallback.maxTokens());
        Duration time = fallback.maxDuration();
        JsonNode seconds = node.get("maxDurationSeconds");
        if (seconds != null) {
            if (!seconds.isNumber() || seconds.doubleValue() <= 0) {
                throw new IllegalArgumentException("limits.maxDurationSeconds must be a positive number");
            }
            time = Duration.ofMillis((long) (seconds.doubleValue() * 1000));
            if (time.isZero()) {
                throw new IllegalArgumentException("limits.maxDurationSeconds must be at least 0.001");
            }
        }
        return new AgentLimits((int) steps, tokens, time);
    }

    private static long positiveWhole(JsonNode node, String field, long fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
            throw new IllegalArgumentException("limits." + field + " must be a positive whole number");
        }
        return value.longValue();
    }
}
