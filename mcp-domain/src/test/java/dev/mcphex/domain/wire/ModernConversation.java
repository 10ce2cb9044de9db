package dev.mcphex.domain.wire;

import static dev.mcphex.domain.wire.Check.error;
import static dev.mcphex.domain.wire.Check.result;
import static dev.mcphex.domain.wire.Check.whole;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.spi.Cancellation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 2026-07-28 client: no handshake, every request carries its own {@code _meta} envelope, asks come
 * back as input-required results and are answered by retrying.
 */
final class ModernConversation {
    static final String VERSION = "2026-07-28";
    private static final List<String> EXPECTED = List.of("DiscoverResult", "ListToolsResult", "ListResourcesResult",
            "ListResourceTemplatesResult", "ListPromptsResult", "CallToolResult", "InputRequiredResult",
            "ElicitRequest", "CreateMessageRequest", "ListRootsRequest", "ReadResourceResult", "GetPromptResult",
            "CompleteResult", "SubscriptionsAcknowledgedNotification", "ToolListChangedNotification",
            "ResourceUpdatedNotification", "ProgressNotification", "LoggingMessageNotification",
            "InvalidParamsError", "UnsupportedProtocolVersionError", "MissingRequiredClientCapabilityError",
            "MethodNotFoundError");
    /** The ask each asking tool makes: its key and the definition of its input request. */
    private static final List<Ask> ASKS = List.of(
            new Ask("elicit", "name", "ElicitRequest"),
            new Ask("elicit_url", "visit", "ElicitRequest"),
            new Ask("sample", "reply", "CreateMessageRequest"),
            new Ask("roots", "roots-1", "ListRootsRequest"));

    private final McpEngine engine = WireFixture.engine();
    private final Transcript transcript = new Transcript(VERSION);
    private final AtomicLong ids = new AtomicLong();

    private ModernConversation() {
    }

    static List<WireCase> run() {
        var conversation = new ModernConversation();
        try (McpEngine engine = conversation.engine) {
            conversation.converse();
        } catch (Exception e) {
            throw new IllegalStateException("the modern conversation broke", e);
        }
        conversation.transcript.requireCoverage(EXPECTED);
        return conversation.transcript.cases();
    }

    private void converse() throws Exception {
        transcript.result("DiscoverResult", send("server/discover", params(Envelope.full())),
                whole("DiscoverResultResponse"), result("DiscoverResult"));
        lists();
        tools();
        asks();
        resourcesAndPrompts();
        listen();
        errors();
    }

    private void lists() {
        for (String kind : List.of("Tools", "Resources", "ResourceTemplates", "Prompts")) {
            String method = switch (kind) {
                case "ResourceTemplates" -> "resources/templates/list";
                default -> kind.toLowerCase() + "/list";
            };
            transcript.result("List" + kind + "Result", send(method, params(Envelope.full())),
                    whole("List" + kind + "ResultResponse"), result("List" + kind + "Result"));
        }
    }

    private void tools() {
        for (String tool : WireFixture.CONTENT_TOOLS) {
            transcript.result("CallToolResult: " + tool + " content", call(tool, Json.object()), callToolResult());
        }
        transcript.result("CallToolResult: structuredContent",
                call("structured", Json.object().put("a", 1).put("b", 2)), callToolResult());
        transcript.result("CallToolResult: isError", call("failing", Json.object()), callToolResult());
        ObjectNode meta = Envelope.full().put("progressToken", 7).put("io.modelcontextprotocol/logLevel", "debug");
        transcript.result("CallToolResult: after progress and log messages",
                send("tools/call", params(meta).put("name", "progress")), callToolResult());
    }

    private void asks() {
        for (Ask ask : ASKS) {
            String tool = ask.tool();
            String key = ask.key();
            JsonNode first = transcript.result("InputRequiredResult: " + tool, call(tool, Json.object()),
                    whole("CallToolResultResponse"), result("InputRequiredResult"),
                    new Check(ask.definition(), "/result/inputRequests/" + key));
            ObjectNode retry = params(Envelope.full()).put("name", tool);
            retry.putObject("inputResponses").set(key, ClientAnswers.to(first.at("/result/inputRequests/" + key)));
            retry.set("requestState", first.at("/result/requestState"));
            transcript.result("CallToolResult: " + tool + " retried with the answer", send("tools/call", retry),
                    callToolResult());
        }
    }

    private record Ask(String tool, String key, String definition) {
    }

    private void resourcesAndPrompts() {
        transcript.result("ReadResourceResult: text", read(WireFixture.README), readResourceResult());
        transcript.result("ReadResourceResult: blob", read(WireFixture.LOGO), readResourceResult());
        transcript.result("ReadResourceResult: from a template", read("file:///fixture/notes/monday"),
                readResourceResult());
        ObjectNode greet = params(Envelope.full()).put("name", "greet");
        greet.putObject("arguments").put("name", "Ada");
        transcript.result("GetPromptResult: with arguments", send("prompts/get", greet),
                whole("GetPromptResultResponse"), result("GetPromptResult"));
        transcript.result("GetPromptResult: image, embedded and audio content",
                send("prompts/get", params(Envelope.full()).put("name", "show")),
                whole("GetPromptResultResponse"), result("GetPromptResult"));
        ObjectNode complete = Completions.prompt("greet", "name", "A");
        complete.set("_meta", Envelope.full());
        transcript.result("CompleteResult", send("completion/complete", complete),
                whole("CompleteResultResponse"), result("CompleteResult"));
    }

    /** A listen stream on its own thread and exchange, told of a change, then cancelled. */
    private void listen() throws Exception {
        ObjectNode params = params(Envelope.full());
        params.putObject("notifications").put("toolsListChanged", true)
                .putArray("resourceSubscriptions").add(WireFixture.README);
        var cancellation = new Cancellation();
        Exchange exchange = Exchange.builder().cancellation(cancellation).sink(transcript.sink("listen stream")).build();
        try (ExecutorService listener = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Optional<JsonRpcMessage>> stream =
                    listener.submit(() -> engine.handle(request("subscriptions/listen", params), exchange));
            if (transcript.awaitPushed("notifications/subscriptions/acknowledged").isPresent()) {
                engine.addTool(WireFixture.lateTool());
                transcript.awaitPushed("notifications/tools/list_changed");
                engine.resourceUpdated(WireFixture.README);
                transcript.awaitPushed("notifications/resources/updated");
            }
            cancellation.cancel("the client went away");
            Optional<JsonRpcMessage> end = stream.get(10, TimeUnit.SECONDS);
            if (end.isPresent()) {
                transcript.result("SubscriptionsListenResult", end, whole("SubscriptionsListenResultResponse"),
                        result("SubscriptionsListenResult"));
            }
        }
    }

    private void errors() {
        ObjectNode noCapabilities = Json.object().put(Envelope.PROTOCOL_VERSION, VERSION);
        transcript.error("InvalidParamsError: _meta without client capabilities",
                send("tools/list", params(noCapabilities)), ErrorCodes.INVALID_PARAMS, error("InvalidParamsError"));
        ObjectNode future = Envelope.full().put(Envelope.PROTOCOL_VERSION, "2099-01-01");
        transcript.error("UnsupportedProtocolVersionError", send("tools/list", params(future)),
                ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, whole("UnsupportedProtocolVersionError"));
        ObjectNode incapable = Envelope.full();
        incapable.putObject(Envelope.CLIENT_CAPABILITIES);
        transcript.error("MissingRequiredClientCapabilityError",
                send("tools/call", params(incapable).put("name", "sample")),
                ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY, whole("MissingRequiredClientCapabilityError"));
        transcript.error("MethodNotFoundError", send("no/such/method", params(Envelope.full())),
                ErrorCodes.METHOD_NOT_FOUND, error("MethodNotFoundError"));
        transcript.error("InvalidParamsError: unknown tool", call("no_such_tool", Json.object()),
                ErrorCodes.INVALID_PARAMS, error("InvalidParamsError"));
        transcript.error("InvalidParamsError: resource not found", read("file:///fixture/missing.txt"),
                ErrorCodes.INVALID_PARAMS, error("InvalidParamsError"));
    }

    private static Check[] callToolResult() {
        return new Check[] {whole("CallToolResultResponse"), result("CallToolResult")};
    }

    private static Check[] readResourceResult() {
        return new Check[] {whole("ReadResourceResultResponse"), result("ReadResourceResult")};
    }

    private Optional<JsonRpcMessage> call(String tool, ObjectNode arguments) {
        ObjectNode params = params(Envelope.full()).put("name", tool);
        params.set("arguments", arguments);
        return send("tools/call", params);
    }

    private Optional<JsonRpcMessage> read(String uri) {
        return send("resources/read", params(Envelope.full()).put("uri", uri));
    }

    private Optional<JsonRpcMessage> send(String method, ObjectNode params) {
        return engine.handle(request(method, params), Exchange.builder().sink(transcript.sink("request")).build());
    }

    private JsonRpcRequest request(String method, ObjectNode params) {
        return new JsonRpcRequest(RequestId.of(ids.incrementAndGet()), method, params);
    }

    private static ObjectNode params(ObjectNode meta) {
        ObjectNode params = Json.object();
        params.set("_meta", meta);
        return params;
    }
}
