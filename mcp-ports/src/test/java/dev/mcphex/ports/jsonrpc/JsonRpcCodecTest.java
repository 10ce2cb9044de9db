package dev.mcphex.ports.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRpcCodecTest {

    private static JsonRpcError invalid(String json) {
        return invalid(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonRpcError invalid(byte[] bytes) {
        Inbound inbound = JsonRpcCodec.read(bytes);
        assertThat(inbound).isInstanceOf(Inbound.Invalid.class);
        return ((Inbound.Invalid) inbound).error();
    }

    private static JsonRpcMessage single(String json) {
        Inbound inbound = JsonRpcCodec.read(json);
        assertThat(inbound).isInstanceOf(Inbound.Single.class);
        return ((Inbound.Single) inbound).message();
    }

    @Test
    void request_isReadWithIdMethodAndParams() {
        var message = single("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\",\"params\":{\"cursor\":\"x\"}}");
        assertThat(message).isInstanceOfSatisfying(JsonRpcRequest.class, r -> {
            assertThat(r.id()).isEqualTo(RequestId.of(7));
            assertThat(r.method()).isEqualTo("tools/list");
            assertThat(r.params().get("cursor").stringValue()).isEqualTo("x");
        });
    }

    @Test
    void stringIds_andNotifications_andResponses_areRecognised() {
        assertThat(single("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"ping\"}"))
                .isEqualTo(new JsonRpcRequest(RequestId.of("a"), "ping", null));
        assertThat(single("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
                .isInstanceOf(JsonRpcNotification.class);
        assertThat(single("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}")).isInstanceOf(JsonRpcResult.class);
        assertThat(single("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-1,\"message\":\"no\"}}"))
                .isInstanceOfSatisfying(JsonRpcError.class, e -> assertThat(e.error().code()).isEqualTo(-1));
    }

    @Test
    void notJson_isAParseError() {
        assertThat(invalid("{not json").error().code()).isEqualTo(ErrorCodes.PARSE_ERROR);
        assertThat(invalid("").error().code()).isEqualTo(ErrorCodes.PARSE_ERROR);
    }

    @Test
    void invalidUtf8_isAParseError() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        JsonRpcError error = invalid(bytes);
        assertThat(error.error().code()).isEqualTo(ErrorCodes.PARSE_ERROR);
        assertThat(error.id()).isNull();
    }

    @Test
    void deeplyNestedJson_isRejectedWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(invalid(deep).error().code()).isEqualTo(ErrorCodes.PARSE_ERROR);
    }

    @Test
    void notAnObject_isAnInvalidRequest() {
        assertThat(invalid("42").error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(invalid("\"hello\"").error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(invalid("null").error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void wrongJsonrpcVersion_isAnInvalidRequestEchoingTheId() {
        JsonRpcError error = invalid("{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"ping\"}");
        assertThat(error.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(error.id()).isEqualTo(RequestId.of(3));
        assertThat(invalid("{\"id\":3,\"method\":\"ping\"}").error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void missingOrNonStringMethod_isAnInvalidRequest() {
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":1}").error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}").error().code())
                .isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\"}").error().code())
                .isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void primitiveParams_areAnInvalidRequest() {
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":3}").error().code())
                .isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void hugeIds_fractionalIds_andNullIds_areInvalidRequests() {
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"ping\"}")
                .error().message()).contains("64-bit");
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}").error().code())
                .isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}").error().code())
                .isEqualTo(ErrorCodes.INVALID_REQUEST);
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}").error().code())
                .isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void largestLongId_isAccepted() {
        assertThat(single("{\"jsonrpc\":\"2.0\",\"id\":9223372036854775807,\"method\":\"ping\"}"))
                .isEqualTo(new JsonRpcRequest(RequestId.of(Long.MAX_VALUE), "ping", null));
    }

    @Test
    void duplicateKeys_areAParseError() {
        var error = invalid("{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"ping\"}").error();
        assertThat(error.code()).isEqualTo(ErrorCodes.PARSE_ERROR);
        assertThat(error.message()).isEqualTo("Parse error: duplicate key \"id\"");
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"arguments\":{\"a\":1,\"a\":2}}}")
                .error().message()).isEqualTo("Parse error: duplicate key \"a\"");
    }

    @Test
    void batches_areReadElementByElement_andEmptyBatchesAreInvalid() {
        Inbound inbound = JsonRpcCodec.read("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},5]");
        assertThat(inbound).isInstanceOfSatisfying(Inbound.Batch.class, b -> {
            assertThat(b.elements()).hasSize(2);
            assertThat(b.elements().get(0)).isInstanceOf(Inbound.Single.class);
            assertThat(b.elements().get(1)).isInstanceOf(Inbound.Invalid.class);
        });
        assertThat(invalid("[]").error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void responseWithBothResultAndError_isInvalid() {
        assertThat(invalid("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"error\":{\"code\":1,\"message\":\"x\"}}")
                .error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void write_isOneLine_andRoundTrips() {
        var params = Json.object().put("text", "line one\nline two");
        var request = new JsonRpcRequest(RequestId.of("r-1"), "tools/call", params);
        String line = JsonRpcCodec.write(request);
        assertThat(line).doesNotContain("\n").startsWith("{\"jsonrpc\":\"2.0\",\"id\":\"r-1\"");
        assertThat(single(line)).isEqualTo(request);
    }

    @Test
    void errorWithoutReadableId_isWrittenWithNullId() {
        String line = JsonRpcCodec.write(new JsonRpcError(null, ErrorCodes.PARSE_ERROR, "Parse error"));
        assertThat(line).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}");
    }

    @Test
    void writeBytes_isTheSameLineInUtf8() {
        var params = Json.object().put("text", "naïve – 数据 \uD83D\uDE00 \"quoted\"\n");
        var result = new JsonRpcResult(RequestId.of(7), params);
        assertThat(new String(JsonRpcCodec.writeBytes(result), StandardCharsets.UTF_8))
                .isEqualTo(JsonRpcCodec.write(result));
    }
}
