package dev.mcphex.domain.access;

import dev.mcphex.domain.catalog.RegisteredTool;
import dev.mcphex.ports.driven.RateLimiter;
import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.Principal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides what a caller may see and do: a tool, resource or prompt that requires scopes is hidden from
 * callers that lack any of them, and refused with {@link ErrorCodes#FORBIDDEN}; operators' tool
 * configuration (see {@link ToolConfigurationStore}) can disable a tool, add required scopes and override
 * its description; rate limits refuse calls with {@link ErrorCodes#RATE_LIMITED}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization">Authorization</a>
 */
public final class AccessPolicy {
    private final ToolConfigurationStore configurations;
    private final RateLimiter limiter;
    private final RateLimits limits;

    public AccessPolicy(ToolConfigurationStore configurations, RateLimiter limiter, RateLimits limits) {
        this.configurations = configurations;
        this.limiter = limiter;
        this.limits = limits;
    }

    /** A tool as the engine serves it to one caller: its definition after configuration, and what it needs. */
    public record ToolView(RegisteredTool tool, ToolDefinition definition, Set<String> requiredScopes) {
    }

    /** The tools, in order, that {@code principal} may see; {@code personal} tells whether any was hidden by scope. */
    public record Visible(List<RegisteredTool> tools, Map<String, ToolDefinition> definitions, boolean personal) {
    }

    /** Of {@code tools}, those enabled and allowed to {@code principal}, with their configured definitions. */
    public Visible visibleTools(Principal principal, List<RegisteredTool> tools) {
        Map<String, ToolConfiguration> configured = configurations.all().stream()
                .collect(Collectors.toMap(ToolConfiguration::tool, Function.identity(), (a, b) -> b));
        boolean personal = false;
        List<RegisteredTool> visible = new java.util.ArrayList<>();
        Map<String, ToolDefinition> definitions = new java.util.HashMap<>();
        for (RegisteredTool tool : tools) {
            ToolView view = view(tool, configured.get(tool.tool().name()));
            if (view == null) {
                continue;
            }
            personal |= !view.requiredScopes().isEmpty();
            if (allows(principal, view.requiredScopes())) {
                visible.add(tool);
                definitions.put(tool.tool().name(), view.definition());
            }
        }
        return new Visible(visible, definitions, personal);
    }

    /**
     * The tool {@code principal} may call.
     *
     * @throws McpProtocolException {@code -32602} when the tool is disabled, {@code -32003} when a scope is missing
     */
    public ToolView authorize(Principal principal, RegisteredTool tool) {
        String name = tool.tool().name();
        ToolView view = view(tool, configurations.find(name).orElse(null));
        if (view == null) {
            throw McpProtocolException.invalidParams("Unknown tool: " + name);
        }
        require(principal, view.requiredScopes(), "tool '" + name + "'");
        return view;
    }

    /**
     * Takes a permit for a call of {@code tool} by {@code principal}, from the caller's bucket and from the
     * caller's bucket for that tool.
     *
     * @throws McpProtocolException {@code -32029} with {@code data.retryAfterSeconds} when a bucket is empty
     */
    public void throttle(Principal principal, String tool) {
        limits.forPrincipal().ifPresent(limit -> take("principal:" + principal.subject(), limit,
                "Rate limit exceeded for " + principal.subject()));
        limits.forTool(tool).ifPresent(limit -> take("tool:" + tool + ":" + principal.subject(), limit,
                "Rate limit exceeded for tool '" + tool + "'"));
    }

    /** Whether {@code principal} holds every scope in {@code required}. */
    public static boolean allows(Principal principal, Set<String> required) {
        for (String scope : required) {
            if (!principal.hasScope(scope)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses {@code principal} unless it holds every scope in {@code required}.
     *
     * @throws McpProtocolException {@code -32003} with {@code data.requiredScopes}
     */
    public static void require(Principal principal, Set<String> required, String what) {
        if (allows(principal, required)) {
            return;
        }
        Set<String> sorted = new TreeSet<>(required);
        ObjectNode data = Json.object();
        ArrayNode scopes = data.putArray("requiredScopes");
        sorted.forEach(scopes::add);
        throw new McpProtocolException(ErrorCodes.FORBIDDEN, "Forbidden: " + what + " requires the scope(s) "
                + String.join(" ", sorted), data);
    }

    private void take(String key, RateLimiter.Limit limit, String message) {
        Optional<Duration> wait = limiter.tryAcquire(key, limit);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new McpProtocolException(ErrorCodes.RATE_LIMITED, message + "; retry after " + seconds + " s",
                    Json.object().put("retryAfterSeconds", seconds));
        }
    }

    private static ToolView view(RegisteredTool tool, ToolConfiguration configuration) {
        ToolDefinition definition = tool.tool().definition();
        if (configuration == null) {
            return new ToolView(tool, definition, tool.tool().requiredScopes());
        }
        if (!configuration.enabled()) {
            return null;
        }
        Set<String> required = new LinkedHashSet<>(tool.tool().requiredScopes());
        required.addAll(configuration.requiredScopes());
        if (configuration.descriptionOverride() != null) {
            definition = definition.withDescription(configuration.descriptionOverride());
        }
        return new ToolView(tool, definition, required);
    }
}
