package dev.mcphex.bench.peer;

import dev.mcphex.adapter.javalin.HttpOptions;
import dev.mcphex.adapter.javalin.McpHttpServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.memory.InMemoryEventLog;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine and Streamable HTTP transport of {@code mcphex serve}, with one more tool,
 * {@code notify_tools_changed}, that tells every {@code subscriptions/listen} stream the tool list
 * changed: what the fan-out benchmark times. Arguments: port, most open streams.
 */
public final class FanoutServer {

    private FanoutServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int maxStreams = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        var engineRef = new AtomicReference<McpEngine>();
        ToolDefinition notify = ToolDefinition.of("notify_tools_changed",
                "Tells every listener that the tool list changed", Json.object().put("type", "object"));
        McpEngine engine = Mcphex.server("mcphex-fanout", "bench")
                .tool(BenchToolPack.echo())
                .tool(new Tool(notify, (call, context) -> {
                    engineRef.get().toolsChanged();
                    return ToolResult.text("notified");
                }))
                .build();
        engineRef.set(engine);
        HttpOptions options = HttpOptions.defaults().withPort(port).withMaxStreams(maxStreams);
        McpHttpServer server = McpHttpServer.start(engine, engine,
                new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(10), 1_000), options, config -> { });
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                engine.close();
            } catch (Exception e) {
                throw new IllegalStateException("Stopping the fan-out server failed", e);
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }
}
