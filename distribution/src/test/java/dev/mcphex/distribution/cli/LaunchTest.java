package dev.mcphex.distribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ProcessStreams;
import dev.mcphex.distribution.wiring.ToolPackModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchTest {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Injector injector(Map<String, String> environment, ProcessStreams streams) {
        return CompositionRoot.injector(Environment.of(environment), ToolPackModule.of(List.of()),
                binder -> OptionalBinder.newOptionalBinder(binder, ProcessStreams.class).setBinding().toInstance(streams));
    }

    private static ProcessStreams streams(String input, ByteArrayOutputStream output) {
        return new ProcessStreams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), output);
    }

    private int launch(Injector injector, String... args) {
        return Launch.execute(injector, args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void directCommand_isStdioOrServeAloneOrWithAConfigurationFile() {
        assertThat(Launch.directCommand(new String[] {"stdio"})).contains("stdio");
        assertThat(Launch.directCommand(new String[] {"serve"})).contains("serve");
        assertThat(Launch.directCommand(new String[] {"--config", "a.properties", "serve"})).contains("serve");
        assertThat(Launch.directCommand(new String[] {"stdio", "--config", "a.properties"})).contains("stdio");
        assertThat(Launch.directCommand(new String[] {"--config=a.properties", "stdio"})).contains("stdio");
    }

    @Test
    void directCommand_leavesEverythingElseToTheCommandLineParser() {
        for (String[] args : List.of(new String[] {}, new String[] {"stdio", "--help"}, new String[] {"serve", "-V"},
                new String[] {"stdio", "serve"}, new String[] {"stdio", "extra"}, new String[] {"tools"},
                new String[] {"stdio", "--config"}, new String[] {"stdio", "--config", "--help"},
                new String[] {"--", "stdio"})) {
            assertThat(Launch.directCommand(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void stdio_servesTheBoundStreamsUntilTheInputEnds() {
        var output = new ByteArrayOutputStream();

        int exitCode = launch(injector(Map.of(), streams(INITIALIZE + "\n", output)), "stdio");

        assertThat(exitCode).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailingCommand_endsAsTheCommandLineParserWouldEndIt() {
        Map<String, String> badPort = Map.of("MCP_PORT", "eighty");
        var unused = new ByteArrayOutputStream();

        int direct = launch(injector(badPort, streams("", unused)), "serve");
        String directErr = err.toString();
        err.getBuffer().setLength(0);
        int parsed = Cli.create(injector(badPort, streams("", unused))).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("serve");

        assertThat(direct).isEqualTo(parsed).isEqualTo(Failures.EXIT_FAILURE);
        assertThat(directErr).isEqualTo(err.toString())
                .isEqualTo("mcphex: MCP_PORT must be a port number from 0 to 65535" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }
}
