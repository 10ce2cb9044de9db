package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.mcphex.adapter.stdio.StdioTransport;
import dev.mcphex.distribution.wiring.Persistence;
import dev.mcphex.distribution.wiring.ProcessStreams;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.driving.McpServer;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code mcphex stdio}: serves MCP over standard input and output until the client closes the input. */
@Command(name = "stdio",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Serves MCP over standard input and output until the input ends.",
                "Standard output carries protocol messages only; logs go to standard error."})
final class StdioCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(StdioCommand.class);

    private final Provider<McpEngine> engine;
    private final Provider<Persistence> persistence;
    private final Provider<McpServer> transportFacing;
    private final Optional<ProcessStreams> streams;

    @Inject
    StdioCommand(Provider<McpEngine> engine, Provider<McpServer> transportFacing, Provider<Persistence> persistence,
                 Optional<ProcessStreams> streams) {
        this.engine = engine;
        this.streams = streams;
        this.transportFacing = transportFacing;
        this.persistence = persistence;
    }

    @Override
    public Integer call() throws Exception {
        try (Persistence stores = persistence.get(); McpEngine server = engine.get()) {
            LOG.info("Serving {} {} over stdio with {} tool(s)", server.serverInfo().name(),
                    server.serverInfo().version(), server.tools().size());
            McpServer served = stores.around(transportFacing.get());
            if (streams.isPresent()) {
                new StdioTransport(served, streams.get().in(), streams.get().out()).run();
            } else {
                StdioTransport.serve(served);
            }
        }
        LOG.info("The input ended; stopping");
        return 0;
    }
}
