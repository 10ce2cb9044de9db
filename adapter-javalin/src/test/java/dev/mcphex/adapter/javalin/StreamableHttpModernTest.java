package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The 2026-07-28 validation ladder over real HTTP: each rule's status, error code and echoed id. */
class StreamableHttpModernTest {
    private static HttpTestServer http;

    @BeforeAll
    static void start() {
        http = HttpTestServer.start(Mcphex.server("modern", "1.0.0")
                .tool(TestTools.echo()).tool(TestTools.regional()).tool(TestTools.askModel()).build());
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
    }

    private static HttpResponse<String> send(ModernRequest request) {
        return http.send(http.post(request.json(), request.headers));
    }

    private static JsonNode expectError(ModernRequest request, int status, int code) {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = HttpTestServer.json(response);
        assertThat(body.path("error").path("code").asInt()).as(response.body()).isEqualTo(code);
        assertThat(body.path("id").asLong()).isEqualTo(request.id());
        return body.get("error");
    }

    private static JsonNode expectResult(ModernRequest request) {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = HttpTestServer.json(response);
        assertThat(body.has("error")).as(response.body()).isFalse();
        return body.get("result");
    }

    @Test
    void conformingRequest_isAnsweredWithOneLineOfJson() {
        var request = ModernRequest.of("tools/list");
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body().strip()).doesNotContain("\n");
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isEmpty();
        assertThat(HttpTestServer.json(response).path("result").path("resultType").asString()).isEqualTo("complete");
    }

    @Test
    void modernVersionHeaderWithoutMeta_is400InvalidParams() {
        var request = ModernRequest.of("server/discover");
        request.body.set("params", Json.object());
        expectError(request, 400, -32602);
    }

    @Test
    void metaWithoutClientCapabilities_is400InvalidParams() {
        var request = ModernRequest.of("server/discover");
        request.meta().remove("io.modelcontextprotocol/clientCapabilities");
        expectError(request, 400, -32602);
    }

    @Test
    void metaWithoutClientInfo_isServed() {
        var request = ModernRequest.of("server/discover");
        request.meta().remove("io.modelcontextprotocol/clientInfo");
        assertThat(expectResult(request).has("supportedVersions")).isTrue();
    }

    @Test
    void headerVersionDifferentFromBodyVersion_is400HeaderMismatch_evenWhenTheBodyVersionIsUnsupported() {
        var request = ModernRequest.of("server/discover");
        request.meta().put(ModernRequest.META_VERSION, "v999.0.0");
        expectError(request, 400, -32020);
    }

    @Test
    void missingVersionHeader_is400HeaderMismatch() {
        expectError(ModernRequest.of("tools/list").withoutHeader("MCP-Protocol-Version"), 400, -32020);
    }

    @Test
    void unsupportedVersionInHeaderAndBody_is400UnsupportedVersion_listingTheSupportedOnes() {
        var request = ModernRequest.of("server/discover").header("MCP-Protocol-Version", "v999.0.0");
        request.meta().put(ModernRequest.META_VERSION, "v999.0.0");
        JsonNode error = expectError(request, 400, -32022);
        assertThat(error.path("data").path("requested").asString()).isEqualTo("v999.0.0");
        assertThat(error.path("data").path("supported").valueStream().map(JsonNode::asString))
                .contains(ModernRequest.VERSION);
    }

    @Test
    void missingMethodHeader_is400HeaderMismatch() {
        expectError(ModernRequest.of("tools/list").withoutHeader("Mcp-Method"), 400, -32020);
    }

    @Test
    void methodHeaderNamingAnotherMethod_is400HeaderMismatch() {
        expectError(ModernRequest.of("tools/list").header("Mcp-Method", "prompts/list"), 400, -32020);
    }

    @Test
    void methodHeaderValue_isCaseSensitive() {
        expectError(ModernRequest.of("tools/list").header("Mcp-Method", "TOOLS/LIST"), 400, -32020);
    }

    @Test
    void headerNames_areCaseInsensitive() {
        var request = ModernRequest.of("tools/list").withoutHeader("Mcp-Method").withoutHeader("MCP-Protocol-Version")
                .header("MCP-METHOD", "tools/list").header("mcp-protocol-version", ModernRequest.VERSION);
        expectResult(request);
    }

    @Test
    void missingNameHeader_is400HeaderMismatch() {
        expectError(ModernRequest.call("echo").withoutHeader("Mcp-Name"), 400, -32020);
    }

    @Test
    void nameHeaderNamingAnotherTool_is400HeaderMismatch() {
        expectError(ModernRequest.call("echo").header("Mcp-Name", "wrong_tool_name"), 400, -32020);
    }

    @Test
    void nameHeaderWithSurroundingWhitespace_isTrimmedAndAccepted() {
        expectResult(ModernRequest.call("echo").header("Mcp-Name", "  echo  "));
    }

    @Test
    void nameHeaderInBase64Form_isDecoded() {
        expectResult(ModernRequest.call("echo").header("Mcp-Name", "=?base64?ZWNobw==?="));
    }

    @Test
    void nameHeaderInBase64FormWithBadPadding_is400HeaderMismatch() {
        expectError(ModernRequest.call("echo").header("Mcp-Name", "=?base64?ZWNobw?="), 400, -32020);
    }

    @Test
    void nameHeaderInBase64FormWithCharactersOutsideTheAlphabet_is400HeaderMismatch() {
        expectError(ModernRequest.call("echo").header("Mcp-Name", "=?base64?ZW!!Nobw==?="), 400, -32020);
    }

    private static ModernRequest regional(String region) {
        ObjectNode arguments = Json.object();
        arguments.put("region", region);
        return ModernRequest.call("regional", arguments);
    }

    @Test
    void parameterHeaderMatchingTheArgument_isAccepted() {
        JsonNode result = expectResult(regional("eu-west").header("Mcp-Param-Region", "eu-west"));
        assertThat(result.path("content").get(0).path("text").asString()).isEqualTo("region=eu-west");
    }

    @Test
    void parameterHeaderInBase64Form_isDecoded() {
        expectResult(regional("Hello").header("Mcp-Param-Region", "=?base64?SGVsbG8=?="));
    }

    @Test
    void parameterHeaderWithoutTheSentinelSuffix_isTakenLiterally() {
        expectResult(regional("=?base64?SGVsbG8=").header("Mcp-Param-Region", "=?base64?SGVsbG8="));
    }

    @Test
    void parameterHeaderInBase64FormWithBadPadding_is400HeaderMismatch() {
        expectError(regional("Hello").header("Mcp-Param-Region", "=?base64?SGVsbG8?="), 400, -32020);
    }

    @Test
    void parameterHeaderInBase64FormWithBadCharacters_is400HeaderMismatch() {
        expectError(regional("Hello").header("Mcp-Param-Region", "=?base64?SGVs!!!bG8=?="), 400, -32020);
    }

    @Test
    void parameterHeaderDifferentFromTheArgument_is400HeaderMismatch() {
        expectError(regional("eu-west").header("Mcp-Param-Region", "us-east"), 400, -32020);
    }

    @Test
    void parameterHeaderMissingWhileTheArgumentIsSent_is400HeaderMismatch() {
        expectError(regional("eu-west"), 400, -32020);
    }

    @Test
    void unknownMethod_is404MethodNotFound() {
        expectError(ModernRequest.of("unknown/method"), 404, -32601);
    }

    @Test
    void methodsRemovedFromTheModernProtocol_are404MethodNotFound() {
        for (String method : new String[] {"initialize", "ping", "logging/setLevel", "resources/subscribe"}) {
            expectError(ModernRequest.of(method), 404, -32601);
        }
    }

    @Test
    void toolNeedingAnUndeclaredCapability_is400MissingCapability_namingIt() {
        JsonNode error = expectError(ModernRequest.call("ask_model"), 400, -32021);
        assertThat(error.path("data").path("requiredCapabilities").has("sampling")).as(error.toString()).isTrue();
    }

    @Test
    void modernNotification_isAccepted() {
        var request = ModernRequest.of("notifications/cancelled");
        request.body.remove("id");
        ((ObjectNode) request.body.get("params")).put("requestId", 12345);
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void getWithoutSessionUnderAModernVersion_is405() {
        var response = http.send(http.request(Map.of("MCP-Protocol-Version", ModernRequest.VERSION,
                "Accept", "text/event-stream")).GET());
        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void deleteWithoutSessionUnderAModernVersion_is405() {
        var response = http.send(http.request(Map.of("MCP-Protocol-Version", ModernRequest.VERSION)).DELETE());
        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void initializeUnderAModernVersionHeader_is400HeaderMismatch() {
        var response = http.send(http.post(LegacyClient.initialize("2025-11-25", Json.object()),
                Map.of("MCP-Protocol-Version", ModernRequest.VERSION)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpTestServer.json(response).path("error").path("code").asInt()).isEqualTo(-32020);
    }
}
