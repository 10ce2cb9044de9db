package dev.mcphex.packs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpToolPackTest {
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hello", ex -> send(ex, 200, "text/plain; charset=utf-8", "hello, world"));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "no such page"));
        server.createContext("/big", ex -> send(ex, 200, "text/plain", "x".repeat(10_000)));
        server.createContext("/binary", ex -> send(ex, 200, "image/png", "PNG"));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/plain", "late");
        });
        server.createContext("/redirect-inside", ex -> redirect(ex, "/hello"));
        server.createContext("/redirect-outside", ex -> redirect(ex, "http://not-allowlisted.invalid/secret"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static ToolResult fetch(String url) throws Exception {
        return fetch(url, new FetchPolicy(Set.of("127.0.0.1"), 1_000, Duration.ofSeconds(30)));
    }

    private static ToolResult fetch(String url, FetchPolicy policy) throws Exception {
        var tool = new HttpToolPack(policy).tools().getFirst();
        return tool.handler().call(new ToolCall(HttpToolPack.TOOL, Json.object().put("url", url)), null);
    }

    @Test
    void anAllowlistedHost_isFetchedWithStatusTypeAndBody() throws Exception {
        ToolResult result = fetch(base + "/hello");
        assertThat(result.isError()).isFalse();
        assertThat(result.structuredContent().get("status").intValue()).isEqualTo(200);
        assertThat(result.structuredContent().get("body").stringValue()).isEqualTo("hello, world");
        assertThat(result.structuredContent().get("contentType").stringValue()).startsWith("text/plain");
    }

    @Test
    void anErrorStatus_isAnErrorResultCarryingTheBody() throws Exception {
        ToolResult result = fetch(base + "/missing");
        assertThat(result.isError()).isTrue();
        assertThat(result.structuredContent().get("status").intValue()).isEqualTo(404);
        assertThat(result.content().getFirst().toString()).contains("no such page");
    }

    @Test
    void aHostOffTheAllowlist_isRefusedWithoutAConnection() {
        assertThatThrownBy(() -> fetch("http://localhost:" + server.getAddress().getPort() + "/hello"))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("localhost is not on the allowlist");
    }

    @Test
    void aRedirectToAnAllowlistedHost_isFollowed() throws Exception {
        ToolResult result = fetch(base + "/redirect-inside");
        assertThat(result.structuredContent().get("body").stringValue()).isEqualTo("hello, world");
        assertThat(result.structuredContent().get("url").stringValue()).endsWith("/hello");
    }

    @Test
    void aRedirectToAHostOffTheAllowlist_isRefused() {
        assertThatThrownBy(() -> fetch(base + "/redirect-outside"))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("not-allowlisted.invalid is not on the allowlist");
    }

    @Test
    void endlessRedirects_stopAfterTheLimit() {
        assertThatThrownBy(() -> fetch(base + "/loop")).isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("Too many redirects");
    }

    @Test
    void aBodyOverTheSizeCap_failsTheCall() {
        assertThatThrownBy(() -> fetch(base + "/big")).isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void aResponseSlowerThanTheTimeCap_failsTheCall() {
        long started = System.nanoTime();
        var oneSecond = new FetchPolicy(Set.of("127.0.0.1"), 1_000, Duration.ofSeconds(1));
        assertThatThrownBy(() -> fetch(base + "/slow", oneSecond)).isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("longer than 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("cut off long before the server answers")
                .isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aBinaryBody_isRefused() {
        assertThatThrownBy(() -> fetch(base + "/binary")).isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("image/png, which is not text");
    }

    @Test
    void otherSchemes_areRefused() {
        assertThatThrownBy(() -> fetch("file:///etc/passwd")).isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("Only http and https");
    }

    @Test
    void anHttpsUrl_isAcceptedByThePolicyAndTriedOverTls() {
        // Plain HTTP on the other end: the TLS handshake fails or stalls, after the URL passed the checks.
        assertThatThrownBy(() -> fetch("https://127.0.0.1:" + server.getAddress().getPort() + "/hello"))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("https://127.0.0.1")
                .hasMessageNotContaining("allowlist").hasMessageNotContaining("Only http");
    }
}
