package dev.mcphex.distribution.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.HttpOptions;
import dev.mcphex.adapter.javalin.McpHttpServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.ToolResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** The proxy against a real in-process HTTP server, speaking to it as a legacy stdio client would. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StreamableHttpProxyIT {
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private McpEngine engine;
    private McpHttpServer http;
    private PipedOutputStream toProxy;
    private final BlockingQueue<String> fromProxy = new LinkedBlockingQueue<>();
    private Thread proxy;

    @BeforeEach
    void start() throws IOException {
        engine = Mcphex.server("upstream", "1.0")
                .tool("ask", "Asks the client's model", (call, context) ->
                        ToolResult.text("model says " + context.sample(SamplingRequest.of("6 times 7?", 10)).text()))
                .tool("hello", "Greets", (call, context) -> ToolResult.text("hello"))
                .build();
        http = McpHttpServer.start(engine, engine, new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(1), 100),
                HttpOptions.defaults().withPort(0),
                config -> config.routes.before(ctx -> seen.add(ctx.method() + " " + ctx.header("Authorization") + " "
                        + ctx.header("Mcp-Session-Id"))));
        toProxy = new PipedOutputStream();
        var proxyIn = new PipedInputStream(toProxy, 1 << 16);
        OutputStream proxyOut = new LineCollector(fromProxy);
        var target = new StreamableHttpProxy(URI.create("http://127.0.0.1:" + http.port() + "/mcp"), Optional.of("s3cret"),
                proxyIn, proxyOut);
        proxy = Thread.ofVirtual().start(() -> {
            try {
                target.run();
                proxyOut.close();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        engine.close();
    }

    private void send(String json) throws IOException {
        toProxy.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        toProxy.flush();
    }

    private JsonNode receive() throws IOException {
        String line;
        try {
            line = fromProxy.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(line).as("a line from the proxy").isNotNull();
        return Json.parse(line);
    }

    private void initialize() throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{\"sampling\":{}},\"clientInfo\":{\"name\":\"desktop\",\"version\":\"1\"}}}");
        JsonNode initialized = receive();
        assertThat(initialized.path("result").path("serverInfo").path("name").asString()).isEqualTo("upstream");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    @Test
    void aLegacySession_isKeptAndCallsComeBackWithTheBearerToken() throws Exception {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"hello\",\"arguments\":{}}}");

        JsonNode answer = receive();

        assertThat(answer.path("id").asInt()).as("%s", answer).isEqualTo(2);
        assertThat(answer.path("result").path("content").get(0).path("text").asString()).isEqualTo("hello");
        assertThat(seen).allMatch(line -> line.contains("Bearer s3cret"));
        assertThat(seen.get(0)).endsWith(" null");
        assertThat(seen.stream().skip(1)).allMatch(line -> !line.endsWith(" null"));
    }

    @Test
    void aServerRequest_reachesTheClientAndItsAnswerReachesTheServer() throws Exception {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\",\"arguments\":{}}}");

        JsonNode request = receive();
        assertThat(request.path("method").asString()).as("%s", request).isEqualTo("sampling/createMessage");
        send("{\"jsonrpc\":\"2.0\",\"id\":" + Json.write(request.get("id")) + ",\"result\":{\"role\":\"assistant\","
                + "\"content\":{\"type\":\"text\",\"text\":\"42\"},\"model\":\"m\"}}");

        JsonNode answer = receive();
        assertThat(answer.path("id").asInt()).isEqualTo(3);
        assertThat(answer.path("result").path("content").get(0).path("text").asString()).isEqualTo("model says 42");
    }

    @Test
    void theEndOfInput_endsTheSessionOnTheServer() throws Exception {
        initialize();
        toProxy.close();

        proxy.join(Duration.ofSeconds(10));

        assertThat(proxy.isAlive()).isFalse();
        assertThat(seen).anyMatch(line -> line.startsWith("GET Bearer s3cret "));
        assertThat(seen).anyMatch(line -> line.startsWith("DELETE Bearer s3cret "));
    }

    @Test
    void anExpiredSession_comesBackAsAJsonRpcErrorForTheRequest() throws Exception {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}");
        assertThat(receive().path("id").asInt()).isEqualTo(8);
        String last = seen.getLast();
        engine.endSession(last.substring(last.lastIndexOf(' ') + 1));
        send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\"}");

        JsonNode answer = receive();

        assertThat(answer.path("id").asInt()).isEqualTo(9);
        assertThat(answer.path("error").path("message").asString()).containsIgnoringCase("session");
    }

    /** What the proxy writes to its standard output, line by line, whichever thread writes it. */
    private static final class LineCollector extends OutputStream {
        private final BlockingQueue<String> lines;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineCollector(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
