package dev.mcphex.examples.conformance;

import dev.mcphex.adapter.javalin.HttpOptions;
import dev.mcphex.adapter.javalin.McpHttpServer;
import dev.mcphex.adapter.stdio.StdioTransport;
import dev.mcphex.domain.memory.InMemoryEventLog;
import java.time.Clock;
import java.time.Duration;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.McpServerBuilder;
import dev.mcphex.domain.Mcphex;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the conformance fixture, so that the official suite (or any client) can be pointed at it.
 * {@code FixtureServer stdio} speaks MCP over standard input and output; {@code FixtureServer http PORT}
 * serves Streamable HTTP at {@code http://127.0.0.1:PORT/mcp}.
 */
public final class FixtureServer {
    private FixtureServer() {
    }

    /** An engine serving every fixture, with the hooks wired to it. */
    public static McpEngine engine() {
        AtomicReference<McpEngine> engine = new AtomicReference<>();
        var fixture = new ConformanceFixture(new FixtureHooks() {
            @Override
            public void toolsChanged() {
                engine.get().toolsChanged();
            }

            @Override
            public void promptsChanged() {
                engine.get().promptsChanged();
            }

            @Override
            public void resourceUpdated(String uri) {
                engine.get().resourceUpdated(uri);
            }
        });
        McpServerBuilder builder = Mcphex.server("mcphex-conformance-fixture", "1.0.0");
        fixture.tools().forEach(builder::tool);
        fixture.resources().forEach(builder::resource);
        fixture.resourceTemplates().forEach(builder::resourceTemplate);
        fixture.prompts().forEach(builder::prompt);
        engine.set(builder.build());
        return engine.get();
    }

    /** Serves the fixture over Streamable HTTP on 127.0.0.1 at {@code /mcp}. */
    public static McpHttpServer http(int port) {
        McpEngine engine = engine();
        return McpHttpServer.start(engine, engine, new InMemoryEventLog(Clock.systemUTC(), Duration.ofMinutes(10), 1000),
                HttpOptions.defaults().withPort(port), config -> { });
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && "stdio".equals(args[0])) {
            StdioTransport.serve(engine());
            return;
        }
        if (args.length == 2 && "http".equals(args[0]) && args[1].matches("\\d{1,5}")) {
            McpHttpServer server = http(Integer.parseInt(args[1]));
            System.err.println("mcphex conformance fixture listening on http://127.0.0.1:" + server.port() + "/mcp");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            Thread.currentThread().join();
            return;
        }
        System.err.println("usage: FixtureServer stdio | FixtureServer http <port>");
        System.exit(2);
    }
}
