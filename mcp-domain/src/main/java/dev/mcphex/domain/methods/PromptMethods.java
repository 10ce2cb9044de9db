package dev.mcphex.domain.methods;

import dev.mcphex.domain.ServerSettings;
import dev.mcphex.domain.access.AccessPolicy;
import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.catalog.Page;
import dev.mcphex.domain.exchange.Interactions;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.exchange.Round;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.spi.Prompt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code prompts/list} and {@code prompts/get}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts">Prompts</a>
 */
public final class PromptMethods {
    private final Catalog catalog;
    private final Interactions interactions;
    private final ServerSettings settings;

    public PromptMethods(Catalog catalog, Interactions interactions, ServerSettings settings) {
        this.catalog = catalog;
        this.interactions = interactions;
        this.settings = settings;
    }

    public ObjectNode list(RequestScope scope) {
        Page<Prompt> page = Page.of(catalog.prompts().stream()
                .filter(p -> AccessPolicy.allows(scope.principal(), p.requiredScopes())).toList(), Params.optionalString(scope.params(), "cursor"),
                settings.pageSize());
        ObjectNode result = Json.object();
        ArrayNode prompts = result.putArray("prompts");
        page.items().forEach(p -> prompts.add(WireFormat.prompt(p.definition())));
        if (page.nextCursor() != null) {
            result.put("nextCursor", page.nextCursor());
        }
        boolean personal = catalog.prompts().stream().anyMatch(p -> !p.requiredScopes().isEmpty());
        return scope.cacheable(result, settings.listTtlMs(), !personal);
    }

    public ObjectNode get(RequestScope scope) throws Exception {
        String name = Params.requireString(scope.params(), "name");
        Prompt prompt = catalog.prompt(name)
                .orElseThrow(() -> McpProtocolException.invalidParams("Unknown prompt: " + name));
        AccessPolicy.require(scope.principal(), prompt.requiredScopes(), "prompt '" + name + "'");
        Map<String, String> arguments = arguments(prompt, Params.optionalObject(scope.params(), "arguments"));
        Round<PromptResult> round;
        try {
            round = interactions.run(scope, name, context -> prompt.handler().get(arguments, context));
        } catch (Exception e) {
            throw new McpProtocolException(ErrorCodes.INTERNAL_ERROR,
                    HandlerFailures.messageOf(e, scope, "Prompt '" + name + "'"));
        }
        return switch (round) {
            case Round.NeedsInput<PromptResult> input -> input.result();
            case Round.Completed<PromptResult> done -> scope.complete(WireFormat.promptResult(done.value()));
        };
    }

    private static Map<String, String> arguments(Prompt prompt, ObjectNode given) {
        Set<String> declared = prompt.definition().arguments().stream().map(PromptArgument::name)
                .collect(Collectors.toSet());
        Map<String, String> values = new LinkedHashMap<>();
        given.properties().forEach(e -> {
            if (!declared.contains(e.getKey())) {
                throw McpProtocolException.invalidParams("Invalid params: prompt '" + prompt.name()
                        + "' has no argument '" + e.getKey() + "'");
            }
            if (!e.getValue().isString()) {
                throw McpProtocolException.invalidParams("Invalid params: argument '" + e.getKey()
                        + "' must be a string");
            }
            values.put(e.getKey(), e.getValue().stringValue());
        });
        for (PromptArgument argument : prompt.definition().arguments()) {
            if (argument.required() && !values.containsKey(argument.name())) {
                throw McpProtocolException.invalidParams("Invalid params: prompt '" + prompt.name()
                        + "' needs argument '" + argument.name() + "'");
            }
        }
        return values;
    }
}
