package dev.mcphex.domain.methods;

import dev.mcphex.domain.access.AccessPolicy;
import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.Completion;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.spi.Completer;
import dev.mcphex.ports.spi.Prompt;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code completion/complete} for prompt arguments and resource-template variables.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/completion">Completion</a>
 */
public final class CompletionMethods {
    private static final Logger LOG = LoggerFactory.getLogger(CompletionMethods.class);
    private final Catalog catalog;

    public CompletionMethods(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode complete(RequestScope scope) {
        ObjectNode ref = Params.requireObject(scope.params(), "ref");
        ObjectNode argument = Params.requireObject(scope.params(), "argument");
        String name = Params.requireString(argument, "name");
        String value = Params.requireString(argument, "value");
        Map<String, String> context = new LinkedHashMap<>();
        if (scope.params().get("context") instanceof ObjectNode c && c.get("arguments") instanceof ObjectNode args) {
            args.properties().forEach(e -> context.put(e.getKey(), e.getValue().asString()));
        }
        Completer completer = switch (Params.requireString(ref, "type")) {
            case "ref/prompt" -> promptCompleter(scope, Params.requireString(ref, "name"), name);
            case "ref/resource" -> templateCompleter(Params.requireString(ref, "uri"), name);
            default -> throw McpProtocolException.invalidParams("Invalid params: ref.type must be ref/prompt or ref/resource");
        };
        Completion completion;
        try {
            completion = completer.complete(name, value, context);
        } catch (RuntimeException e) {
            LOG.warn("Completer for '{}' failed; answering with no suggestions", name, e);
            completion = Completion.EMPTY;
        }
        return scope.complete(WireFormat.completion(completion == null ? Completion.EMPTY : completion));
    }

    private Completer promptCompleter(RequestScope scope, String promptName, String argument) {
        Prompt prompt = catalog.prompt(promptName)
                .orElseThrow(() -> McpProtocolException.invalidParams("Unknown prompt: " + promptName));
        AccessPolicy.require(scope.principal(), prompt.requiredScopes(), "prompt '" + promptName + "'");
        boolean declared = prompt.definition().arguments().stream().map(PromptArgument::name).anyMatch(argument::equals);
        if (!declared) {
            throw McpProtocolException.invalidParams("Invalid params: prompt '" + promptName + "' has no argument '"
                    + argument + "'");
        }
        return prompt.completer();
    }

    private Completer templateCompleter(String uriTemplate, String variable) {
        var template = catalog.template(uriTemplate)
                .orElseThrow(() -> McpProtocolException.invalidParams("Unknown resource template: " + uriTemplate));
        if (!template.uri().variables().contains(variable)) {
            throw McpProtocolException.invalidParams("Invalid params: template '" + uriTemplate + "' has no variable '"
                    + variable + "'");
        }
        return template.template().completer();
    }
}
