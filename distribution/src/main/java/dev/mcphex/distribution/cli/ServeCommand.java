package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code mcphex serve}: serves MCP over HTTP, with the operations endpoints beside it, until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Serves MCP over Streamable HTTP (both protocol eras) with /health, /healthz,",
                "/api/status, /tools, /metrics, POST /api/log-level and the tool configuration API",
                "(/api/tools/config, /api/tools/{name}/config) beside it, until the process is stopped.",
                "Listens on MCP_HTTP_HOST:MCP_PORT (127.0.0.1:8000 by default)."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final HttpStarter starter;

    @Inject
    ServeCommand(HttpStarter starter) {
        this.starter = starter;
    }

    @Override
    public Integer call() throws Exception {
        HttpStarter.Running running = starter.start();
        LOG.info("Serving {} {} on http://{}:{}{} with {} tool(s)", running.engine().serverInfo().name(),
                running.engine().serverInfo().version(), running.options().host(), running.port(),
                running.options().path(), running.engine().tools().size());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing requests in flight");
            try {
                running.close();
            } catch (Exception e) {
                LOG.warn("Stopping did not finish cleanly", e);
            }
            stopped.countDown();
        }, "mcphex-shutdown"));
        stopped.await();
        return 0;
    }
}
