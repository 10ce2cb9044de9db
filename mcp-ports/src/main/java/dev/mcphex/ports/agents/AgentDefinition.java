package dev.mcphex.ports.agents;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * An agent: a model with instructions, the tools it may call and its limits.
 *
 * @param name             unique name, 1 to 64 characters of {@code [A-Za-z0-9_-]}
 * @param description      what it is good at; shown to clients and to a supervising agent
 * @param instructions     its system instructions
 * @param allowedTools     the tools it may call, by name; the caller's own permissions still apply
 * @param modelPreferences optional MCP {@code ModelPreferences} (hints, priorities) for its model turns
 * @param limits           its budget
 */
public record AgentDefinition(String name, String description, String instructions, List<String> allowedTools,
                              JsonNode modelPreferences, AgentLimits limits) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public AgentDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("agent name must be 1 to 64 characters of [A-Za-z0-9_-]: " + name);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("agent " + name + " needs a description");
        }
        if (instructions == null || instructions.isBlank()) {
            throw new IllegalArgumentException("agent " + name + " needs instructions");
        }
        allowedTools = allowedTools == null ? List.of() : List.copyOf(allowedTools);
        limits = limits == null ? AgentLimits.DEFAULT : limits;
    }
}
