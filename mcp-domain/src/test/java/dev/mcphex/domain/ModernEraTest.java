package dev.mcphex.domain;

import static dev.mcphex.domain.EngineHarness.error;
import static dev.mcphex.domain.EngineHarness.params;
import static dev.mcphex.domain.EngineHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.spi.Cancellation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ModernEraTest {
    private EngineHarness client;

    @BeforeEach
    void start() {
        client = new EngineHarness(TestFixtures.builder().listTtl(Duration.ofMinutes(1)).build());
    }

    @Test
    void discover_namesVersionsCapabilitiesAndServer_withCachingHints() {
        ObjectNode result = result(client.modern("server/discover", null));
        assertThat(result.get("supportedVersions").get(0).stringValue()).isEqualTo("2026-07-28");
        assertThat(result.at("/capabilities/tools/listChanged").booleanValue()).isTrue();
        assertThat(result.get("resultType").stringValue()).isEqualTo("complete");
        assertThat(result.get("ttlMs").longValue()).isEqualTo(60_000);
        assertThat(result.get("cacheScope").stringValue()).isEqualTo("public");
        assertThat(result.at("/_meta/io.modelcontextprotocol~1serverInfo/version").stringValue()).isEqualTo("1.2.3");
    }

    @Test
    void missingMeta_orMissingCapabilities_isInvalidParams_namingWhatIsMissing() {
        var noMeta = error(client.request("server/discover", params(
                "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}")));
        assertThat(noMeta.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(noMeta.data().at("/envelope/missing/0").stringValue())
                .isEqualTo("io.modelcontextprotocol/clientCapabilities");
    }

    @Test
    void clientInfo_isOptional() {
        var response = client.request("server/discover", params("{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":"
                + "\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}"));
        assertThat(result(response).has("supportedVersions")).isTrue();
    }

    @Test
    void unsupportedVersion_isMinus32022_withSupportedAndRequested() {
        var detail = error(client.request("server/discover", params("{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":"
                + "\"v999.0.0\",\"io.modelcontextprotocol/clientCapabilities\":{}}}")));
        assertThat(detail.code()).isEqualTo(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION);
        assertThat(detail.data().get("requested").stringValue()).isEqualTo("v999.0.0");
        assertThat(detail.data().get("supported").get(0).stringValue()).isEqualTo("2026-07-28");
    }

    @Test
    void legacyOnlyMethods_areMethodNotFound() {
        for (String method : List.of("initialize", "ping", "logging/setLevel", "resources/subscribe",
                "resources/unsubscribe", "tasks/list", "no/such")) {
            assertThat(error(client.modern(method, null)).code()).as(method).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
        }
    }

    @Test
    void everyResult_carriesResultType_andListsCarryCachingHints() {
        for (String method : List.of("tools/list", "resources/list", "resources/templates/list", "prompts/list")) {
            ObjectNode result = result(client.modern(method, null));
            assertThat(result.get("resultType").stringValue()).as(method).isEqualTo("complete");
            assertThat(result.get("ttlMs").isIntegralNumber()).as(method).isTrue();
            assertThat(result.get("cacheScope").stringValue()).as(method).isIn("public", "private");
        }
        ObjectNode read = result(client.modern("resources/read", params("{\"uri\":\"test://text\"}")));
        assertThat(read.get("ttlMs").longValue()).isZero();
        assertThat(read.get("cacheScope").stringValue()).isEqualTo("private");
        assertThat(result(client.modern("tools/call", params("{\"name\":\"echo\",\"arguments\":{\"text\":\"x\"}}")))
                .get("resultType").stringValue()).isEqualTo("complete");
    }

    @Test
    void resourceNotFound_isMinus32602_withTheUri() {
        var detail = error(client.modern("resources/read", params("{\"uri\":\"test://missing\"}")));
        assertThat(detail.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(detail.data().get("uri").stringValue()).isEqualTo("test://missing");
    }

    @Test
    void logs_areSentOnlyWhenTheRequestSetsALogLevel() {
        client.modern("tools/call", params("{\"name\":\"progress\"}"));
        assertThat(client.notifications("notifications/message")).isEmpty();
        client.modern("tools/call", params("{\"name\":\"progress\",\"_meta\":{\"io.modelcontextprotocol/logLevel\":\"debug\"}}"));
        assertThat(client.notifications("notifications/message")).hasSize(2);
    }

    @Test
    void progress_usesThePerRequestToken_withItsJsonType() {
        client.modern("tools/call", params("{\"name\":\"progress\",\"_meta\":{\"progressToken\":\"p-1\"}}"));
        assertThat(client.notifications("notifications/progress"))
                .allMatch(n -> n.params().get("progressToken").stringValue().equals("p-1")).hasSize(3);
    }

    @Test
    void listen_acknowledgesFirst_thenStreamsOnlyTheChosenKinds_taggedWithTheSubscriptionId() throws Exception {
        List<JsonRpcMessage> stream = new CopyOnWriteArrayList<>();
        var cancellation = new Cancellation();
        Exchange exchange = Exchange.builder().sink(stream::add).cancellation(cancellation).build();
        ObjectNode p = params("{\"notifications\":{\"toolsListChanged\":true,\"resourceSubscriptions\":[\"test://text\"]},"
                + "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}");
        CompletableFuture<Optional<JsonRpcMessage>> listen = CompletableFuture.supplyAsync(() ->
                client.engine.handle(new JsonRpcRequest(RequestId.of(41), "subscriptions/listen", p), exchange));
        for (int i = 0; i < 500 && stream.isEmpty(); i++) {
            Thread.sleep(10);
        }
        client.engine.promptsChanged();
        client.engine.resourceUpdated("test://blob");
        client.engine.removeTool("echo");
        client.engine.resourceUpdated("test://text");
        cancellation.cancel("client closed the stream");
        assertThat(listen.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(stream).extracting(m -> ((JsonRpcNotification) m).method()).containsExactly(
                "notifications/subscriptions/acknowledged", "notifications/tools/list_changed",
                "notifications/resources/updated");
        assertThat(stream).allMatch(m -> ((JsonRpcNotification) m).params()
                .at("/_meta/io.modelcontextprotocol~1subscriptionId").longValue() == 41);
        assertThat(((JsonRpcNotification) stream.get(0)).params().at("/notifications/toolsListChanged").booleanValue())
                .isTrue();
    }

    @Test
    void completion_suggestsPromptArgumentsAndTemplateVariables() {
        ObjectNode prompt = result(client.modern("completion/complete", params(
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"greet\"},\"argument\":{\"name\":\"name\",\"value\":\"Al\"}}")));
        assertThat(prompt.at("/completion/values").toString()).isEqualTo("[\"Alice\",\"Alan\"]");
        assertThat(prompt.get("resultType").stringValue()).isEqualTo("complete");
        ObjectNode template = result(client.modern("completion/complete", params(
                "{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"notes://{folder}/{id}\"},"
                        + "\"argument\":{\"name\":\"folder\",\"value\":\"i\"}}")));
        assertThat(template.at("/completion/values").toString()).isEqualTo("[\"inbox\",\"ideas\"]");
        assertThat(error(client.modern("completion/complete", params(
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"greet\"},\"argument\":{\"name\":\"nope\",\"value\":\"\"}}")))
                .code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void serverToClientRequests_areNeverSentInTheModernEra() {
        client.modern("tools/call", params("{\"name\":\"ask_name\"}"));
        assertThat(client.sent).noneMatch(m -> m instanceof JsonRpcRequest);
    }

}
