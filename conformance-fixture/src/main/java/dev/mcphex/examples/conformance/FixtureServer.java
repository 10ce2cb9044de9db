package dev.mcphex.examples.conformance;

import dev.mcphex.adapter.stdio.StdioTransport;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.McpServerBuilder;
import dev.mcphex.domain.Mcphex;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the conformance fixture, so that the official suite (or any client) can be pointed at it.
 * {@code FixtureServer stdio} speaks MCP over standard input and output.
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

    public static void main(String[] args) {
        if (args.length == 1 && "stdio".equals(args[0])) {
            StdioTransport.serve(engine());
            return;
        }
        System.err.println("usage: FixtureServer stdio");
        System.exit(2);
    }
}
