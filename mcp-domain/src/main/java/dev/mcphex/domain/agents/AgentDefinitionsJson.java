package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.jsonrpc.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads agent definitions from JSON: {@code {"agents": [ ... ]}} or a bare list, each agent an object with
 * {@code name}, {@code description}, {@code instructions}, optional {@code allowedTools} (tool names; {@code "*"}
 * for every tool the caller may call), {@code modelPreferences} (MCP's shape) and {@code limits}
 * ({@code maxSteps}, {@code maxTokens}, {@code maxDurationSeconds}; each defaulting to {@link AgentLimits#DEFAULT}).
 */
public final class AgentDefinitionsJson {
    private AgentDefinitionsJson() {
    }

    /**
     * @param source names the source in error messages, such as a file name
     * @throws IllegalArgumentException naming the source and what is wrong
     */
    public static List<AgentDefinition> parse(String json, String source) {
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
                agents.add(definition(node));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", agent " + index + ": " + e.getMessage(), e);
            }
        }
        return agents;
    }

    private static AgentDefinition definition(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("an agent must be an object");
        }
        List<String> tools = new ArrayList<>();
        for (JsonNode tool : node.path("allowedTools")) {
            if (!tool.isString()) {
                throw new IllegalArgumentException("allowedTools must be tool names");
            }
            tools.add(tool.stringValue());
        }
        JsonNode preferences = node.get("modelPreferences");
        if (preferences != null && !preferences.isObject()) {
            throw new IllegalArgumentException("modelPreferences must be an object");
        }
        return new AgentDefinition(text(node, "name"), text(node, "description"), text(node, "instructions"), tools,
                preferences, limits(node.path("limits")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.stringValue();
    }

    private static AgentLimits limits(JsonNode node) {
        if (node.isMissingNode()) {
            return AgentLimits.DEFAULT;
        }
        AgentLimits fallback = AgentLimits.DEFAULT;
        int steps = node.path("maxSteps").asInt(fallback.maxSteps());
        long tokens = node.path("maxTokens").asLong(fallback.maxTokens());
        Duration time = node.has("maxDurationSeconds")
                ? Duration.ofMillis((long) (node.path("maxDurationSeconds").asDouble() * 1000)) : fallback.maxDuration();
        return new AgentLimits(steps, tokens, time);
    }
}
