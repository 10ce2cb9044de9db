package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.Settings;
import dev.mcphex.distribution.proxy.StreamableHttpProxy;
import dev.mcphex.distribution.wiring.ProcessStreams;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mcphex proxy}: a stdio server that forwards every message to a remote Streamable HTTP endpoint. */
@Command(name = "proxy",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Serves MCP over standard input and output by forwarding every message to a remote",
                "Streamable HTTP endpoint, for desktop clients that speak only stdio. Keeps the session,",
                "reads SSE and JSON responses, and relays the server's own stream and requests."})
final class ProxyCommand implements Callable<Integer> {
    private final Optional<ProcessStreams> streams;
    private final Environment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The remote MCP endpoint, such as https://mcp.example.com/mcp")
    private URI url;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token sent with every request. Default: $MCP_PROXY_TOKEN. "
                    + "Prefer the variable: arguments show in process lists.")
    private String token;

    @Inject
    ProxyCommand(Optional<ProcessStreams> streams, Environment environment) {
        this.streams = streams;
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        String scheme = url.getScheme() == null ? "" : url.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--url must be an http:// or https:// URL");
        }
        Optional<String> bearer = Optional.ofNullable(token).or(() -> environment.get(Settings.PROXY_TOKEN))
                .filter(t -> !t.isBlank());
        ProcessStreams process = streams.orElseThrow(() ->
                new IllegalStateException("proxy needs the process's standard input and output"));
        new StreamableHttpProxy(url, bearer, process.in(), process.out()).run();
        return 0;
    }
}
