package dev.mcphex.domain;

import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.exchange.ClientRequests;
import dev.mcphex.domain.legacy.InFlightRequests;
import dev.mcphex.domain.legacy.LegacySessions;
import dev.mcphex.domain.modern.ModernEnvelope;
import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.driving.ServerIntrospection;
import dev.mcphex.ports.protocol.ProtocolVersion;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The MCP engine: serves both protocol eras on whatever transport calls it. Build one with
 * {@link Mcphex#server(String, String)}. Tools, resources and prompts may be added and removed while it
 * runs; clients that listen are told.
 */
public final class McpEngine implements McpServer, ServerIntrospection, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(McpEngine.class);

    private final ServerSettings settings;
    private final Catalog catalog;
    private final NotificationBus bus;
    private final LegacySessions sessions;
    private final ClientRequests clientRequests;
    private final InFlightRequests inFlight;
    private final RequestRouter router;
    private final AutoCloseable busSubscription;
    private final ClientResponseRelay relay;
    private final AutoCloseable relaySubscription;

    McpEngine(ServerSettings settings, Catalog catalog, NotificationBus bus, LegacySessions sessions,
              ClientRequests clientRequests, InFlightRequests inFlight, RequestRouter router,
              ClientResponseRelay relay) {
        this.settings = settings;
        this.catalog = catalog;
        this.bus = bus;
        this.sessions = sessions;
        this.clientRequests = clientRequests;
        this.inFlight = inFlight;
        this.router = router;
        this.busSubscription = bus.subscribe(sessions::broadcast);
        this.relay = relay;
        this.relaySubscription = relay.subscribe(this::completeRelayed);
    }

    @Override
    public Optional<JsonRpcMessage> handle(JsonRpcMessage message, Exchange exchange) {
        return switch (message) {
            case JsonRpcRequest request -> router.route(request, exchange);
            case JsonRpcNotification notification -> {
                notify(notification, exchange);
                yield Optional.empty();
            }
            case JsonRpcResult result -> {
                deliver(result.id(), result, exchange);
                yield Optional.empty();
            }
            case JsonRpcError error -> {
                if (error.id() != null) {
                    deliver(error.id(), error, exchange);
                }
                yield Optional.empty();
            }
        };
    }

    @Override
    public Optional<String> handleDocument(byte[] utf8, Exchange exchange) {
        return switch (JsonRpcCodec.read(utf8)) {
            case Inbound.Invalid invalid -> Optional.of(JsonRpcCodec.write(invalid.error()));
            case Inbound.Single single -> handle(single.message(), exchange).map(JsonRpcCodec::write);
            case Inbound.Batch batch -> handleBatch(batch, exchange);
        };
    }

    private Optional<String> handleBatch(Inbound.Batch batch, Exchange exchange) {
        boolean allowed = exchange.sessionId().flatMap(sessions::find)
                .map(s -> s.protocolVersion().allowsBatches()).orElse(false);
        if (!allowed) {
            return Optional.of(JsonRpcCodec.write(new JsonRpcError(null, ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: batches are allowed only in protocol revision 2025-03-26")));
        }
        List<JsonRpcMessage> responses = new ArrayList<>();
        for (Inbound element : batch.elements()) {
            switch (element) {
                case Inbound.Single single -> handle(single.message(), exchange).ifPresent(responses::add);
                case Inbound.Invalid invalid -> responses.add(invalid.error());
                case Inbound.Batch nested -> responses.add(new JsonRpcError(null, ErrorCodes.INVALID_REQUEST,
                        "Invalid Request: nested batch"));
            }
        }
        return responses.isEmpty() ? Optional.empty() : Optional.of(JsonRpcCodec.writeBatch(responses));
    }

    private void notify(JsonRpcNotification notification, Exchange exchange) {
        switch (notification.method()) {
            case "notifications/cancelled" -> cancel(notification, exchange);
            case "notifications/initialized" -> exchange.sessionId().flatMap(sessions::find)
                    .ifPresent(s -> sessions.update(s.markInitialized()));
            default -> LOG.debug("Ignoring notification {}", notification.method());
        }
    }

    private void cancel(JsonRpcNotification notification, Exchange exchange) {
        JsonNode params = notification.params();
        if (params == null) {
            return;
        }
        JsonNode idNode = params.get("requestId");
        RequestId id;
        if (idNode != null && idNode.isString()) {
            id = RequestId.of(idNode.stringValue());
        } else if (idNode != null && idNode.isIntegralNumber() && idNode.canConvertToLong()) {
            id = RequestId.of(idNode.longValue());
        } else {
            return;
        }
        String reason = params.path("reason").asString("cancelled by the client");
        String scope = ModernEnvelope.claims(params) || exchange.sessionId().isEmpty()
                ? RequestRouter.modernScope(exchange) : exchange.sessionId().get();
        inFlight.cancel(scope, id, reason);
    }

    /** Completes the request that awaits the response here, or hands it to the instance that awaits it. */
    private void deliver(RequestId id, JsonRpcMessage response, Exchange exchange) {
        Optional<String> sessionId = exchange.sessionId();
        if (sessionId.isEmpty()) {
            LOG.debug("Ignoring a response to {} outside a session", id);
        } else if (!clientRequests.complete(sessionId.get(), id, response)) {
            relay.publish(sessionId.get(), response);
        }
    }

    private void completeRelayed(String sessionId, JsonRpcMessage response) {
        RequestId id = switch (response) {
            case JsonRpcResult result -> result.id();
            case JsonRpcError error -> error.id();
            default -> null;
        };
        if (id != null && clientRequests.complete(sessionId, id, response)) {
            LOG.debug("Completed request {} with a response relayed from another instance", id);
        }
    }

    @Override
    public AutoCloseable openSessionStream(String sessionId, MessageSink sink) {
        return sessions.attach(sessionId, sink);
    }

    @Override
    public boolean sessionExists(String sessionId) {
        return sessions.find(sessionId).isPresent();
    }

    @Override
    public boolean sessionExists(String sessionId, Principal principal) {
        return sessions.find(sessionId).filter(s -> s.owner().equals(principal.subject())).isPresent();
    }

    @Override
    public boolean endSession(String sessionId) {
        return sessions.end(sessionId);
    }

    @Override
    public Implementation serverInfo() {
        return settings.serverInfo();
    }

    public ServerSettings settings() {
        return settings;
    }

    @Override
    public List<ToolDefinition> tools() {
        return catalog.tools().stream().map(t -> t.tool().definition()).toList();
    }

    @Override
    public Optional<ToolDefinition> tool(String name) {
        return catalog.tool(name).map(t -> t.tool().definition());
    }

    @Override
    public int resourceCount() {
        return catalog.resources().size() + catalog.templates().size();
    }

    @Override
    public int promptCount() {
        return catalog.prompts().size();
    }

    @Override
    public long sessionCount() {
        return sessions.count();
    }

    @Override
    public int inFlightCount() {
        return inFlight.size();
    }

    @Override
    public List<String> protocolVersions() {
        return java.util.Arrays.stream(ProtocolVersion.values()).map(ProtocolVersion::id).toList();
    }

    public void addTool(Tool tool) {
        catalog.addTool(tool);
    }

    public boolean removeTool(String name) {
        return catalog.removeTool(name);
    }

    public void addResource(Resource resource) {
        catalog.addResource(resource);
    }

    public boolean removeResource(String uri) {
        return catalog.removeResource(uri);
    }

    public void addResourceTemplate(ResourceTemplate template) {
        catalog.addTemplate(template);
    }

    public void addPrompt(Prompt prompt) {
        catalog.addPrompt(prompt);
    }

    public boolean removePrompt(String name) {
        return catalog.removePrompt(name);
    }

    /** Tells subscribers that a resource's contents changed. */
    public void resourceUpdated(String uri) {
        bus.publish(new ServerEvent.ResourceUpdated(uri));
    }

    /** Tells listeners that the tool list changed, for tools whose availability changed outside the catalog. */
    public void toolsChanged() {
        bus.publish(new ServerEvent.ToolsChanged());
    }

    /** Tells listeners that the prompt list changed. */
    public void promptsChanged() {
        bus.publish(new ServerEvent.PromptsChanged());
    }

    @Override
    public void close() throws Exception {
        relaySubscription.close();
        busSubscription.close();
    }
}
