package dev.mcphex.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.distribution.config.ServerConfig;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Runs {@code mcphex stdio} as a real child process, the way an MCP client launches it. */
class StdioProcessIT {
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"it","version":"1.0"}}}
            """;

    @TempDir
    Path temp;

    private Process process;

    @AfterEach
    void killLeftovers() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Failsafe hides the class path in a manifest-only jar; it names the real one here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(temp.resolve("stderr.log").toFile());
        builder.environment().remove(ServerConfig.NAME);
        builder.environment().remove(ServerConfig.VERSION);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private String stderr() throws IOException {
        return Files.readString(temp.resolve("stderr.log"), UTF_8);
    }

    @Test
    void stdio_answersInitializeOnOneLine_logsToStderr_andExitsCleanlyWhenTheInputCloses() throws Exception {
        process = start(Map.of("LOG_LEVEL", "INFO"), "stdio");
        var stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));

        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(INITIALIZE.getBytes(UTF_8));
            stdin.flush();

            JsonNode response = Json.parse(stdout.readLine());
            assertThat(response.get("id").asInt()).isEqualTo(1);
            assertThat(response.at("/result/protocolVersion").asString()).isEqualTo("2025-06-18");
            assertThat(response.at("/result/serverInfo/name").asString()).isEqualTo("mcp-server");
        }

        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the process ends once its input closes").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(stdout.readLine()).as("nothing but the response on stdout").isNull();
        assertThat(stderr()).contains("INFO", "Serving mcp-server", "The input ended");
    }

    @Test
    void invalidConfiguration_exitsWith1AndOneLineOnStderr() throws Exception {
        process = start(Map.of(ServerConfig.NAME, " ", "LOG_LEVEL", "OFF"), "stdio");
        process.getOutputStream().close();

        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(process.getInputStream().readAllBytes()).isEmpty();
        assertThat(stderr()).isEqualTo("mcphex: MCP_SERVER_NAME must not be blank" + System.lineSeparator());
    }
}
