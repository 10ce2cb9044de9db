package dev.mcphex.domain;

import dev.mcphex.domain.exchange.RequestCancelledException;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.legacy.InFlightRequests;
import dev.mcphex.domain.legacy.LegacySessions;
import dev.mcphex.domain.methods.LegacyMethods;
import dev.mcphex.domain.methods.MethodHandler;
import dev.mcphex.domain.modern.ModernEnvelope;
import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes a request to its handler in the era the request belongs to, and turns whatever happens into
 * the response: the one place where exceptions become JSON-RPC errors.
 */
final class RequestRouter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);

    private final Map<String, MethodHandler> modern;
    private final Map<String, MethodHandler> legacy;
    private final LegacyMethods legacyMethods;
    private final LegacySessions sessions;
    private final InFlightRequests inFlight;

    RequestRouter(Map<String, MethodHandler> modern, Map<String, MethodHandler> legacy, LegacyMethods legacyMethods,
                  LegacySessions sessions, InFlightRequests inFlight) {
        this.modern = Map.copyOf(modern);
        this.legacy = Map.copyOf(legacy);
        this.legacyMethods = legacyMethods;
        this.sessions = sessions;
        this.inFlight = inFlight;
    }

    Optional<JsonRpcMessage> route(JsonRpcRequest request, Exchange exchange) {
        try {
            ObjectNode params = paramsOf(request);
            ObjectNode result = ModernEnvelope.claims(params)
                    ? modern(request, params, exchange)
                    : legacy(request, params, exchange);
            return Optional.of(new JsonRpcResult(request.id(), result));
        } catch (McpProtocolException e) {
            return Optional.of(new JsonRpcError(request.id(), e.detail()));
        } catch (RequestCancelledException e) {
            LOG.debug("Request {} {} cancelled: {}", request.id(), request.method(), e.getMessage());
            return Optional.empty();
        } catch (StoreUnavailableException e) {
            LOG.warn("{} could not be served: {}", request.method(), e.getMessage());
            return Optional.of(new JsonRpcError(request.id(), JsonRpcError.Detail.unavailable(e.getMessage())));
        } catch (Exception | StackOverflowError e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Internal error in {} (reference {})", request.method(), reference, e);
            return Optional.of(new JsonRpcError(request.id(), ErrorCodes.INTERNAL_ERROR,
                    "Internal error (reference " + reference + ")"));
        }
    }

    private static ObjectNode paramsOf(JsonRpcRequest request) {
        JsonNode params = request.params();
        if (params == null) {
            return Json.object();
        }
        if (!(params instanceof ObjectNode object)) {
            throw McpProtocolException.invalidParams("Invalid params: params must be an object");
        }
        return object;
    }

    private ObjectNode modern(JsonRpcRequest request, ObjectNode params, Exchange exchange) throws Exception {
        ModernEnvelope envelope = ModernEnvelope.read(params);
        MethodHandler handler = modern.get(request.method());
        if (handler == null) {
            throw McpProtocolException.methodNotFound(request.method());
        }
        var scope = new RequestScope(request.id(), request.method(), params, envelope.version(),
                exchange.principal(), envelope.capabilities(), envelope.clientInfo(), envelope.logLevel(),
                envelope.progressToken(), exchange.cancellation(), exchange.sink(), null);
        try (var registration = inFlight.register(modernScope(exchange), request.id(), exchange.cancellation())) {
            return handler.handle(scope);
        }
    }

    private ObjectNode legacy(JsonRpcRequest request, ObjectNode params, Exchange exchange) throws Exception {
        switch (request.method()) {
            case "initialize" -> {
                return legacyMethods.initialize(params, exchange);
            }
            case "ping" -> {
                return Json.object();
            }
            default -> {
            }
        }
        MethodHandler handler = legacy.get(request.method());
        if (handler == null) {
            throw McpProtocolException.methodNotFound(request.method());
        }
        SessionRecord session = exchange.sessionId().flatMap(sessions::find)
                .filter(s -> s.owner().equals(exchange.principal().subject()))
                .orElseThrow(() -> new McpProtocolException(ErrorCodes.INVALID_REQUEST,
                        "Invalid Request: no initialized session; send initialize first"));
        var scope = new RequestScope(request.id(), request.method(), params, session.protocolVersion(),
                exchange.principal(), session.clientCapabilities(), session.clientInfo(), session.logLevel(),
                legacyProgressToken(params), exchange.cancellation(), exchange.sink(), session.id());
        try (var registration = inFlight.register(session.id(), request.id(), exchange.cancellation())) {
            return handler.handle(scope);
        }
    }

    private static JsonNode legacyProgressToken(ObjectNode params) {
        JsonNode token = params.path("_meta").get("progressToken");
        return token != null && (token.isString() || token.isIntegralNumber()) ? token : null;
    }

    /** The scope modern-era cancellations are matched in: the caller, as there is no session. */
    static String modernScope(Exchange exchange) {
        return "modern:" + exchange.principal().subject();
    }
}
