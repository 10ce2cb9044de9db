package dev.mcphex.domain.methods;

import dev.mcphex.domain.ServerSettings;
import dev.mcphex.domain.access.AccessPolicy;
import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.catalog.Page;
import dev.mcphex.domain.catalog.RegisteredTemplate;
import dev.mcphex.domain.exchange.Interactions;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.exchange.Round;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code resources/list}, {@code resources/templates/list} and {@code resources/read}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources">Resources</a>
 */
public final class ResourceMethods {
    private final Catalog catalog;
    private final Interactions interactions;
    private final ServerSettings settings;

    public ResourceMethods(Catalog catalog, Interactions interactions, ServerSettings settings) {
        this.catalog = catalog;
        this.interactions = interactions;
        this.settings = settings;
    }

    public ObjectNode list(RequestScope scope) {
        Page<Resource> page = Page.of(catalog.resources().stream()
                .filter(r -> AccessPolicy.allows(scope.principal(), r.requiredScopes())).toList(), Params.optionalString(scope.params(), "cursor"),
                settings.pageSize());
        ObjectNode result = Json.object();
        ArrayNode resources = result.putArray("resources");
        page.items().forEach(r -> resources.add(WireFormat.resource(r.definition())));
        boolean personal = catalog.resources().stream().anyMatch(r -> !r.requiredScopes().isEmpty());
        return paged(scope, result, page.nextCursor(), personal);
    }

    public ObjectNode templates(RequestScope scope) {
        Page<RegisteredTemplate> page = Page.of(catalog.templates(), Params.optionalString(scope.params(), "cursor"),
                settings.pageSize());
        ObjectNode result = Json.object();
        ArrayNode templates = result.putArray("resourceTemplates");
        page.items().forEach(t -> templates.add(WireFormat.resourceTemplate(t.template().definition())));
        return paged(scope, result, page.nextCursor(), false);
    }

    private ObjectNode paged(RequestScope scope, ObjectNode result, String nextCursor, boolean personal) {
        if (nextCursor != null) {
            result.put("nextCursor", nextCursor);
        }
        return scope.cacheable(result, settings.listTtlMs(), !personal);
    }

    public ObjectNode read(RequestScope scope) throws Exception {
        String uri = Params.requireString(scope.params(), "uri");
        Optional<Resource> fixed = catalog.resource(uri);
        Interactions.Body<List<ResourceContents>> body;
        if (fixed.isPresent()) {
            AccessPolicy.require(scope.principal(), fixed.get().requiredScopes(), "resource " + uri);
            body = context -> fixed.get().reader().read(uri, context);
        } else {
            Map.Entry<RegisteredTemplate, Map<String, String>> match =
                    catalog.matchTemplate(uri).orElseThrow(() -> notFound(scope, uri));
            body = context -> match.getKey().template().reader().read(uri, match.getValue(), context);
        }
        Round<List<ResourceContents>> round;
        try {
            round = interactions.run(scope, uri, body);
        } catch (ResourceNotFoundException e) {
            throw notFound(scope, uri);
        } catch (Exception e) {
            throw new McpProtocolException(ErrorCodes.INTERNAL_ERROR,
                    HandlerFailures.messageOf(e, scope, "Reading " + uri));
        }
        return switch (round) {
            case Round.NeedsInput<List<ResourceContents>> input -> input.result();
            case Round.Completed<List<ResourceContents>> done -> {
                if (done.value() == null || done.value().isEmpty()) {
                    throw notFound(scope, uri);
                }
                ObjectNode result = Json.object();
                ArrayNode contents = result.putArray("contents");
                done.value().forEach(c -> contents.add(WireFormat.resourceContents(c)));
                yield scope.cacheable(result, 0, false);
            }
        };
    }

    /** -32002 in the legacy era, -32602 in the modern era; both carry the URI. */
    static McpProtocolException notFound(RequestScope scope, String uri) {
        int code = scope.modern() ? ErrorCodes.INVALID_PARAMS : ErrorCodes.RESOURCE_NOT_FOUND;
        return new McpProtocolException(code, "Resource not found: " + uri, Json.object().put("uri", uri));
    }
}
