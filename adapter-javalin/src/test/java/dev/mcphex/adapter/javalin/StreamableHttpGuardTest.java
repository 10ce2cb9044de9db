package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.jsonrpc.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the endpoint refuses before any MCP handling, and the limits it enforces. */
class StreamableHttpGuardTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private HttpTestServer http;

    private HttpTestServer start(UnaryOperator<HttpOptions> tuning) {
        http = HttpTestServer.start(Mcphex.server("guarded", "1.0.0").tool(TestTools.echo())
                .tool(TestTools.waiting("wait", release, cancelled)).build(), tuning);
        return http;
    }

    private HttpTestServer start() {
        return start(options -> options);
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        if (http != null) {
            http.close();
        }
    }

    private static String discover() {
        return ModernRequest.of("server/discover").json();
    }

    private static Map<String, String> modernHeaders() {
        return ModernRequest.of("server/discover").headers;
    }

    private int rawDiscover(String host, String origin) {
        var headers = new java.util.LinkedHashMap<>(modernHeaders());
        headers.put("Host", host);
        if (origin != null) {
            headers.put("Origin", origin);
        }
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json, text/event-stream");
        return http.rawStatus("POST", headers, discover());
    }

    @Test
    void foreignHost_is403() {
        start();
        assertThat(rawDiscover("evil.example.com", null)).isEqualTo(403);
        assertThat(rawDiscover("evil.example.com:" + http.port(), null)).isEqualTo(403);
    }

    @Test
    void localhostNames_areAcceptedOnAnyPort() {
        start();
        assertThat(rawDiscover("localhost:1", "http://localhost:3000")).isEqualTo(200);
        assertThat(rawDiscover("127.0.0.1:65000", "http://127.0.0.1")).isEqualTo(200);
        assertThat(rawDiscover("[::1]:8080", "http://[::1]:9")).isEqualTo(200);
    }

    @Test
    void foreignOrigin_is403() {
        start();
        var headers = new java.util.HashMap<>(modernHeaders());
        headers.put("Origin", "http://evil.example.com");
        HttpResponse<String> response = http.send(http.post(discover(), headers));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void grantedOrigin_getsCorsPreflightAndExposedHeaders() {
        start(options -> options.withCorsOrigins(Set.of("https://app.example")));
        HttpResponse<String> preflight = http.send(http.request(Map.of("Origin", "https://app.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "mcp-method"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isBetween(200, 299);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST", "GET", "DELETE"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers).contains("Mcp-Session-Id", "MCP-Protocol-Version", "mcp-method"));

        HttpResponse<String> initialize = http.send(http.post(LegacyClient.initialize("2025-11-25", Json.object()),
                Map.of("Origin", "https://app.example")));
        assertThat(initialize.statusCode()).isEqualTo(200);
        assertThat(initialize.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("Mcp-Session-Id"));
    }

    @Test
    void originNotGranted_getsNoCorsHeaders() {
        start(options -> options.withCorsOrigins(Set.of("https://app.example")));
        HttpResponse<String> preflight = http.send(http.request(Map.of("Origin", "https://other.example",
                "Access-Control-Request-Method", "POST")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void bodyThatIsNotJson_is415() {
        start();
        var request = http.request(modernHeaders()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(discover()));
        assertThat(http.send(request).statusCode()).isEqualTo(415);
    }

    @Test
    void bodyOverTheLimit_is413() {
        start(options -> options.withMaxBodyBytes(1024));
        String padded = discover().replace("\"http-test\"", "\"" + "x".repeat(2048) + "\"");
        assertThat(http.send(http.post(padded, modernHeaders())).statusCode()).isEqualTo(413);
    }

    @Test
    void deeplyNestedJson_is400ParseError() {
        start();
        String nested = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"x\":"
                + "[".repeat(5000) + "]".repeat(5000) + "}}";
        HttpResponse<String> response = http.send(http.post(nested, modernHeaders()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpTestServer.json(response).path("error").path("code").asInt()).isEqualTo(-32700);
    }

    @Test
    void invalidUtf8_is400() {
        start();
        byte[] body = discover().replace("http-test", "http-test\u00e9").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int accent = indexOf(body, (byte) 0xC3);
        body[accent + 1] = (byte) 0x28;
        var request = http.request(modernHeaders()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = http.send(request);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpTestServer.json(response).path("error").path("code").asInt()).isEqualTo(-32700);
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("absent");
    }

    @Test
    void longLivedStreamsBeyondTheLimit_are503() {
        start(options -> options.withMaxStreams(1));
        LegacyClient client = new LegacyClient(http, "2025-11-25").open();
        try (EventStream first = http.open(client.get(null))) {
            assertThat(first.status()).isEqualTo(200);
            HttpResponse<String> second = http.send(client.get(null));
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
            var listen = ModernRequest.listen("toolsListChanged");
            assertThat(http.send(http.post(listen.json(), listen.headers)).statusCode()).isEqualTo(503);
        }
    }

    @Test
    void streamEndedByDeletingItsSession_freesItsSlot() {
        start(options -> options.withMaxStreams(1));
        LegacyClient first = new LegacyClient(http, "2025-11-25").open();
        try (EventStream stream = http.open(first.get(null))) {
            stream.next();
            assertThat(http.send(first.delete()).statusCode()).isBetween(200, 299);
            assertThat(stream.endsWithin(HttpTestServer.WAIT)).isTrue();
        }
        LegacyClient second = new LegacyClient(http, "2025-11-25").open();
        try (EventStream stream = http.open(second.get(null))) {
            assertThat(stream.status()).isEqualTo(200);
        }
    }

    @Test
    void requestRunningPastTheTimeout_isCancelled_andAnsweredWithAnErrorNamingTheTimeout() throws Exception {
        start(options -> options.withRequestTimeout(Duration.ofMillis(300)));
        var call = ModernRequest.call("wait");
        HttpResponse<String> response = http.send(http.post(call.json(), call.headers));
        var error = HttpTestServer.json(response).path("error");
        assertThat(error.path("code").asInt()).as(response.body()).isEqualTo(-32603);
        assertThat(error.path("message").asString()).contains("timed out").contains("300 ms");
        assertThat(cancelled.getCount()).isZero();
    }

    @Test
    void stopping_letsTheRequestInFlightFinish_andRefusesNewOnesWith503() throws Exception {
        start();
        var call = ModernRequest.call("wait");
        var inFlight = http.sendAsync(http.post(call.json(), call.headers).setHeader("Accept", "application/json"));
        Thread.sleep(200);
        var stopping = Thread.ofVirtual().start(() -> {
            try {
                http.server().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(200);
        assertThat(http.send(http.post(discover(), modernHeaders())).statusCode()).isEqualTo(503);
        release.countDown();
        HttpResponse<String> finished = inFlight.get();
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(HttpTestServer.json(finished).path("result").path("content").get(0).path("text").asString())
                .isEqualTo("released");
        stopping.join(HttpTestServer.WAIT.toMillis());
    }
}
