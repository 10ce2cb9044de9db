package dev.mcphex.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.Cancellation;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every class of bad input gets one clear error, never a crash, a hang or a stack trace. */
class BadInputTest {
    private final EngineHarness client = new EngineHarness(TestFixtures.builder().build());

    private JsonNode answer(byte[] document) {
        Optional<String> response = client.engine.handleDocument(document, client.exchange(new Cancellation()));
        assertThat(response).isPresent();
        assertThat(response.get()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\n");
        return Json.parse(response.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | {"jsonrpc":"2.0",                                                    | -32700
            not an object             | 42                                                                   | -32600
            wrong jsonrpc             | {"jsonrpc":"1.0","id":1,"method":"ping"}                             | -32600
            missing method            | {"jsonrpc":"2.0","id":1}                                             | -32600
            non-string method         | {"jsonrpc":"2.0","id":1,"method":["ping"]}                           | -32600
            unknown method            | {"jsonrpc":"2.0","id":1,"method":"frobnicate"}                       | -32601
            huge id                   | {"jsonrpc":"2.0","id":1e400,"method":"ping"}                         | -32600
            wrong parameter type      | {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":7}} | -32602
            modern wrong param type   | {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":{},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}} | -32602
            modern unknown tool       | {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"nope","_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}} | -32602
            modern capabilities array | {"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":[]}}} | -32602
            modern bad log level      | {"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/logLevel":"loud"}}} | -32602
            """)
    void badDocument_getsOneError(String what, String document, int code) {
        JsonNode response = answer(document.getBytes(StandardCharsets.UTF_8));
        assertThat(response.at("/error/code").intValue()).as(what).isEqualTo(code);
    }

    @ParameterizedTest(name = "invalid UTF-8 #{index}")
    @CsvSource({"C328", "F0288C28", "FF"})
    void invalidUtf8_isAParseError(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] document = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + new String(bad, StandardCharsets.ISO_8859_1)
                + "\"}").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(answer(document).at("/error/code").intValue()).isEqualTo(ErrorCodes.PARSE_ERROR);
    }

    @ParameterizedTest(name = "nesting depth {0}")
    @CsvSource({"200", "100000"})
    void deeplyNestedParams_areRefused(int depth) {
        String nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        String document = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":"
                + nested + "}}";
        assertThat(answer(document.getBytes(StandardCharsets.UTF_8)).at("/error/code").intValue())
                .isEqualTo(ErrorCodes.PARSE_ERROR);
    }
}
