package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tool configuration as the admin API and the command line show and accept it:
 * {@code {"tool","enabled","requiredScopes","descriptionOverride","settings","updatedAt"}}.
 */
public final class ToolConfigurationJson {
    /** What a tool's name may be: 1 to 128 letters, digits, {@code _}, {@code -} and {@code .}. */
    public static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");
    private static final Set<String> FIELDS = Set.of("enabled", "requiredScopes", "descriptionOverride", "settings");

    private ToolConfigurationJson() {
    }

    /** One configuration as a JSON object. */
    public static ObjectNode toJson(ToolConfiguration configuration) {
        ObjectNode node = Json.object().put("tool", configuration.tool()).put("enabled", configuration.enabled());
        ArrayNode scopes = node.putArray("requiredScopes");
        new TreeSet<>(configuration.requiredScopes()).forEach(scopes::add);
        if (configuration.descriptionOverride() == null) {
            node.putNull("descriptionOverride");
        } else {
            node.put("descriptionOverride", configuration.descriptionOverride());
        }
        node.set("settings", configuration.settings());
        node.put("updatedAt", configuration.updatedAt().toString());
        return node;
    }

    /**
     * Reads a request body into the configuration of {@code tool}: {@code enabled} defaults to true,
     * everything else to nothing.
     *
     * @throws IllegalArgumentException saying what is wrong with the name or the body
     */
    public static ToolConfiguration fromJson(String tool, JsonNode body, Instant now) {
        checkName(tool);
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        for (String field : body.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "'; expected one of " + new TreeSet<>(FIELDS));
            }
        }
        JsonNode enabled = body.path("enabled");
        if (!enabled.isMissingNode() && !enabled.isBoolean()) {
            throw new IllegalArgumentException("'enabled' must be true or false");
        }
        Set<String> scopes = new LinkedHashSet<>();
        JsonNode scopeNode = body.path("requiredScopes");
        if (!scopeNode.isMissingNode() && !scopeNode.isNull()) {
            if (!scopeNode.isArray()) {
                throw new IllegalArgumentException("'requiredScopes' must be an array of strings");
            }
            for (JsonNode scope : scopeNode) {
                if (!scope.isString() || scope.stringValue().isBlank() || scope.stringValue().contains(" ")) {
                    throw new IllegalArgumentException("'requiredScopes' must hold non-blank scope names without spaces");
                }
                scopes.add(scope.stringValue());
            }
        }
        JsonNode description = body.path("descriptionOverride");
        if (!description.isMissingNode() && !description.isNull() && !description.isString()) {
            throw new IllegalArgumentException("'descriptionOverride' must be a string or null");
        }
        JsonNode settings = body.path("settings");
        if (!settings.isMissingNode() && !settings.isNull() && !settings.isObject()) {
            throw new IllegalArgumentException("'settings' must be a JSON object");
        }
        return new ToolConfiguration(tool, enabled.isMissingNode() || enabled.booleanValue(), scopes,
                description.isString() ? description.stringValue() : null,
                settings.isObject() ? (ObjectNode) settings : null, now);
    }

    /**
     * @throws IllegalArgumentException when {@code tool} is not a valid tool name
     */
    public static void checkName(String tool) {
        if (tool == null || !TOOL_NAME.matcher(tool).matches()) {
            throw new IllegalArgumentException("'" + tool + "' is not a tool name (1 to 128 of A-Z a-z 0-9 _ - .)");
        }
    }
}
