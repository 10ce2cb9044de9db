package dev.mcphex.domain.wire;

import static dev.mcphex.domain.wire.Check.result;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A legacy-era client session (initialize handshake) that calls everything the fixture offers and
 * answers the server's requests from another thread, as a transport would.
 */
final class LegacyConversation {
    private static final List<String> EXPECTED = List.of("InitializeResult", "EmptyResult", "ListToolsResult",
            "CallToolResult", "ListResourcesResult", "ListResourceTemplatesResult", "ReadResourceResult",
            "ListPromptsResult", "GetPromptResult", "CompleteResult", "ProgressNotification",
            "LoggingMessageNotification", "ElicitRequest", "CreateMessageRequest", "ListRootsRequest",
            "ToolListChangedNotification", "ResourceUpdatedNotification", "JSONRPCErrorResponse");

    private final String version;
    private final McpEngine engine = WireFixture.engine();
    private final Transcript transcript;
    private final AtomicLong ids = new AtomicLong();
    private String sessionId;

    private LegacyConversation(String version) {
        this.version = version;
        this.transcript = new Transcript(version);
    }

    /** Runs the whole conversation at {@code version} and returns a check per message the engine sent. */
    static List<WireCase> run(String version) {
        var conversation = new LegacyConversation(version);
        try (McpEngine engine = conversation.engine;
             ExecutorService client = Executors.newVirtualThreadPerTaskExecutor()) {
            conversation.converse(client);
        } catch (Exception e) {
            throw new IllegalStateException("the legacy conversation at " + version + " broke", e);
        }
        conversation.transcript.requireCoverage(EXPECTED);
        return conversation.transcript.cases();
    }

    private void converse(ExecutorService client) throws Exception {
        initialize();
        transcript.result("EmptyResult: ping", send("ping", Json.object()), result("EmptyResult"));
        transcript.result("EmptyResult: logging/setLevel", send("logging/setLevel",
                Json.object().put("level", "debug")), result("EmptyResult"));
        transcript.result("EmptyResult: resources/subscribe", send("resources/subscribe",
                Json.object().put("uri", WireFixture.README)), result("EmptyResult"));
        lists();
        tools(client);
        resourcesAndPrompts();
        sessionStream();
        errors();
    }

    private void initialize() {
        ObjectNode params = Json.object().put("protocolVersion", version);
        ObjectNode capabilities = params.putObject("capabilities");
        ObjectNode elicitation = capabilities.putObject("elicitation");
        if (urlElicitation()) {
            elicitation.putObject("form");
            elicitation.putObject("url");
        }
        capabilities.putObject("sampling");
        capabilities.putObject("roots").put("listChanged", true);
        params.putObject("clientInfo").put("name", "wire-test").put("version", "1.0.0");
        Exchange exchange = Exchange.builder().sink(transcript.sink("initialize")).build();
        transcript.result("InitializeResult", engine.handle(request("initialize", params), exchange),
                result("InitializeResult"));
        sessionId = exchange.sessionId().orElseThrow();
        engine.handle(new JsonRpcNotification("notifications/initialized", null), exchange());
    }

    private void lists() {
        transcript.result("ListToolsResult", send("tools/list", Json.object()), result("ListToolsResult"));
        transcript.result("ListResourcesResult", send("resources/list", Json.object()), result("ListResourcesResult"));
        transcript.result("ListResourceTemplatesResult", send("resources/templates/list", Json.object()),
                result("ListResourceTemplatesResult"));
        transcript.result("ListPromptsResult", send("prompts/list", Json.object()), result("ListPromptsResult"));
    }

    private void tools(ExecutorService client) {
        for (String tool : WireFixture.CONTENT_TOOLS) {
            transcript.result("CallToolResult: " + tool + " content", call(tool, Json.object()),
                    result("CallToolResult"));
        }
        transcript.result("CallToolResult: structuredContent",
                call("structured", Json.object().put("a", 1).put("b", 2)), result("CallToolResult"));
        transcript.result("CallToolResult: isError", call("failing", Json.object()), result("CallToolResult"));
        ObjectNode progress = Json.object().put("name", "progress");
        progress.putObject("_meta").put("progressToken", "progress-1");
        transcript.result("CallToolResult: after progress and log messages", send("tools/call", progress),
                result("CallToolResult"));
        MessageSink answering = answering(client);
        List<String> asking = urlElicitation() ? List.of("elicit", "elicit_url", "sample", "roots")
                : List.of("elicit", "sample", "roots");
        for (String tool : asking) {
            Exchange exchange = Exchange.builder().sessionId(sessionId).sink(transcript.sink(tool, answering)).build();
            transcript.result("CallToolResult: after " + tool + " answered",
                    engine.handle(request("tools/call", Json.object().put("name", tool)), exchange),
                    result("CallToolResult"));
        }
    }

    private void resourcesAndPrompts() {
        transcript.result("ReadResourceResult: text", read(WireFixture.README), result("ReadResourceResult"));
        transcript.result("ReadResourceResult: blob", read(WireFixture.LOGO), result("ReadResourceResult"));
        transcript.result("ReadResourceResult: from a template", read("file:///fixture/notes/monday"),
                result("ReadResourceResult"));
        ObjectNode greet = Json.object().put("name", "greet");
        greet.putObject("arguments").put("name", "Ada");
        transcript.result("GetPromptResult: with arguments", send("prompts/get", greet), result("GetPromptResult"));
        transcript.result("GetPromptResult: image, embedded and audio content",
                send("prompts/get", Json.object().put("name", "show")), result("GetPromptResult"));
        transcript.result("CompleteResult: prompt argument", send("completion/complete",
                Completions.prompt("greet", "name", "A")), result("CompleteResult"));
        transcript.result("CompleteResult: template variable", send("completion/complete",
                Completions.template(WireFixture.NOTES, "name", "t")), result("CompleteResult"));
    }

    private void sessionStream() throws Exception {
        try (AutoCloseable stream = engine.openSessionStream(sessionId, transcript.sink("session stream"))) {
            engine.addTool(WireFixture.lateTool());
            transcript.awaitPushed("notifications/tools/list_changed");
            engine.resourceUpdated(WireFixture.README);
            transcript.awaitPushed("notifications/resources/updated");
        }
    }

    private void errors() {
        transcript.error("JSONRPCErrorResponse: unknown method", send("no/such/method", Json.object()),
                ErrorCodes.METHOD_NOT_FOUND);
        transcript.error("JSONRPCErrorResponse: unknown tool", call("no_such_tool", Json.object()),
                ErrorCodes.INVALID_PARAMS);
        transcript.error("JSONRPCErrorResponse: resource not found", read("file:///fixture/missing.txt"),
                ErrorCodes.RESOURCE_NOT_FOUND);
    }

    /** Answers the server's requests on another thread while the tool waits. */
    private MessageSink answering(ExecutorService client) {
        return message -> {
            if (message instanceof JsonRpcRequest request) {
                JsonNode wire = JsonRpcCodec.toTree(request);
                client.submit(() -> engine.handle(new JsonRpcResult(request.id(), ClientAnswers.to(wire)), exchange()));
            }
        };
    }

    /** URL-mode elicitation came with 2025-11-25. */
    private boolean urlElicitation() {
        return version.compareTo("2025-11-25") >= 0;
    }

    private Optional<JsonRpcMessage> call(String tool, ObjectNode arguments) {
        ObjectNode params = Json.object().put("name", tool);
        params.set("arguments", arguments);
        return send("tools/call", params);
    }

    private Optional<JsonRpcMessage> read(String uri) {
        return send("resources/read", Json.object().put("uri", uri));
    }

    private Optional<JsonRpcMessage> send(String method, JsonNode params) {
        return engine.handle(request(method, params), exchange());
    }

    private Exchange exchange() {
        return Exchange.builder().sessionId(sessionId).sink(transcript.sink("request")).build();
    }

    private JsonRpcRequest request(String method, JsonNode params) {
        return new JsonRpcRequest(RequestId.of(ids.incrementAndGet()), method, params);
    }
}
