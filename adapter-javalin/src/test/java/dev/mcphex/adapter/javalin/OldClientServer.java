package dev.mcphex.adapter.javalin;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.ToolResult;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real engine behind a real {@link McpHttpServer} on a free port, with tools that echo, elicit, and
 * wait until they are cancelled.
 */
final class OldClientServer implements AutoCloseable {
    static final long MAX_BODY = 16 * 1024;

    final McpEngine engine;
    final McpHttpServer http;
    final CountDownLatch waitStarted = new CountDownLatch(1);
    final CountDownLatch waitCancelled = new CountDownLatch(1);

    OldClientServer(UnaryOperator<HttpOptions> tweak) {
        engine = Mcphex.server("old-clients", "1.0.0")
                .tool("echo", "Says the text back", (call, ctx) -> ToolResult.text(call.string("text", "")))
                .tool("ask_name", "Asks the user's name", (call, ctx) -> {
                    ElicitationResult answer = ctx.elicit("name", new FormElicitation("What is your name?", nameSchema()));
                    return ToolResult.text(answer.accepted() ? "Hello, " + answer.string("name") + "!" : "No name");
                })
                .tool("wait", "Waits until cancelled", (call, ctx) -> {
                    ctx.cancellation().onCancel(waitCancelled::countDown);
                    waitStarted.countDown();
                    while (!ctx.cancellation().isCancelled()) {
                        Thread.sleep(10);
                    }
                    return ToolResult.text("cancelled");
                })
                .build();
        HttpOptions options = HttpOptions.defaults().withPort(0).withKeepAlive(Duration.ofMillis(50))
                .withMaxBodyBytes(MAX_BODY);
        http = McpHttpServer.start(engine, engine, new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(1), 100),
                tweak.apply(options), config -> { });
    }

    OldClientServer() {
        this(UnaryOperator.identity());
    }

    String base() {
        return "http://127.0.0.1:" + http.port();
    }

    /** Waits until the engine has no legacy session left. */
    boolean awaitNoSessions() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (engine.sessionCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return engine.sessionCount() == 0;
    }

    private static ObjectNode nameSchema() {
        return (ObjectNode) Json.parse("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
                + "\"required\":[\"name\"]}");
    }

    static String initialize(Object id, String version) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + version + "\",\"capabilities\":{\"elicitation\":{}},\"clientInfo\":{\"name\":\"old\",\"version\":\"1\"}}}";
    }

    static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    static String call(Object id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    @Override
    public void close() throws Exception {
        http.close();
        engine.close();
    }
}
