package dev.mcphex.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Principal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/** Drives an engine the way a transport would, recording what it sends on the request streams. */
final class EngineHarness {
    static final String MODERN = "2026-07-28";

    final McpEngine engine;
    final List<JsonRpcMessage> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private Principal principal = Principal.ANONYMOUS;
    String sessionId;

    EngineHarness(McpEngine engine) {
        this.engine = engine;
    }

    EngineHarness as(Principal who) {
        this.principal = who;
        return this;
    }

    Exchange exchange(Cancellation cancellation) {
        return Exchange.builder().principal(principal).sessionId(sessionId).sink(sent::add)
                .cancellation(cancellation).build();
    }

    Optional<JsonRpcMessage> send(JsonRpcMessage message) {
        return engine.handle(message, exchange(new Cancellation()));
    }

    JsonRpcMessage request(String method, ObjectNode params) {
        return send(new JsonRpcRequest(RequestId.of(ids.incrementAndGet()), method, params)).orElseThrow();
    }

    /** Initializes a legacy session at {@code version} and remembers it. */
    ObjectNode initialize(String version, ObjectNode capabilities) {
        ObjectNode params = Json.object().put("protocolVersion", version);
        params.set("capabilities", capabilities);
        params.putObject("clientInfo").put("name", "test-client").put("version", "1.0");
        Exchange exchange = exchange(new Cancellation());
        var response = engine.handle(new JsonRpcRequest(RequestId.of(ids.incrementAndGet()), "initialize", params),
                exchange).orElseThrow();
        sessionId = exchange.sessionId().orElseThrow();
        send(new JsonRpcNotification("notifications/initialized", null));
        return result(response);
    }

    /** A modern-era request, with {@code _meta} carrying the version and these capabilities. */
    JsonRpcMessage modern(String method, ObjectNode params, ObjectNode capabilities) {
        ObjectNode p = params == null ? Json.object() : params.deepCopy();
        ObjectNode meta = p.has("_meta") ? (ObjectNode) p.get("_meta") : p.putObject("_meta");
        meta.put("io.modelcontextprotocol/protocolVersion", MODERN);
        meta.set("io.modelcontextprotocol/clientCapabilities", capabilities);
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "test-client").put("version", "1.0");
        String saved = sessionId;
        sessionId = null;
        try {
            return request(method, p);
        } finally {
            sessionId = saved;
        }
    }

    JsonRpcMessage modern(String method, ObjectNode params) {
        return modern(method, params, allCapabilities());
    }

    static ObjectNode allCapabilities() {
        ObjectNode caps = Json.object();
        caps.putObject("sampling");
        caps.putObject("elicitation");
        caps.putObject("roots").put("listChanged", true);
        return caps;
    }

    static ObjectNode result(JsonRpcMessage message) {
        assertThat(message).as("expected a result, got %s", message).isInstanceOf(JsonRpcResult.class);
        return (ObjectNode) ((JsonRpcResult) message).result();
    }

    static JsonRpcError.Detail error(JsonRpcMessage message) {
        assertThat(message).as("expected an error, got %s", message).isInstanceOf(JsonRpcError.class);
        return ((JsonRpcError) message).error();
    }

    static ObjectNode params(String json) {
        return (ObjectNode) Json.parse(json);
    }

    /** Waits (up to 5 s) for a server-to-client request with {@code method} on the request streams. */
    JsonRpcRequest awaitServerRequest(String method) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            for (JsonRpcMessage m : sent) {
                if (m instanceof JsonRpcRequest r && r.method().equals(method)) {
                    return r;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + method + " request was sent");
    }

    List<JsonRpcNotification> notifications(String method) {
        return sent.stream().filter(m -> m instanceof JsonRpcNotification n && n.method().equals(method))
                .map(JsonRpcNotification.class::cast).toList();
    }
}
