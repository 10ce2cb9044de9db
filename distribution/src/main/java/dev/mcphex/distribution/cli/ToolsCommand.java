package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code mcphex tools}: prints the tool catalogue the server would offer, one JSON object per line with
 * {@code name}, {@code title} (when the tool has one) and {@code description}. An empty catalogue prints
 * nothing.
 */
@Command(name = "tools",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = "Prints the tool catalogue as JSON lines: name, title, description.")
final class ToolsCommand implements Callable<Integer> {
    private final Provider<McpEngine> engine;

    @Spec
    private CommandSpec spec;

    @Inject
    ToolsCommand(Provider<McpEngine> engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (McpEngine server = engine.get()) {
            for (ToolDefinition tool : server.tools()) {
                out.println(Json.write(line(tool)));
            }
        }
        out.flush();
        return 0;
    }

    private static ObjectNode line(ToolDefinition tool) {
        ObjectNode line = Json.object().put("name", tool.name());
        if (tool.title() != null) {
            line.put("title", tool.title());
        }
        return line.put("description", tool.description());
    }
}
