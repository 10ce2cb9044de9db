package dev.mcphex.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Compiles the README's embedding example as written and talks to it over stdio. */
class ReadmeExampleIT {
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- embedding-example:start -->\\s*```java\\n(.*?)```\\s*<!-- embedding-example:end -->", Pattern.DOTALL);

    @TempDir
    Path temp;

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void embeddingExample_compiles_runs_andServesItsTools() throws Exception {
        Matcher matcher = EXAMPLE.matcher(Files.readString(readme(), UTF_8));
        assertThat(matcher.find()).as("the README holds the embedding example").isTrue();
        Path source = temp.resolve("WeatherServer.java");
        Files.writeString(source, matcher.group(1), UTF_8);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", temp.toString(), "-cp", classPath, "-parameters", source.toString());
        assertThat(compiled).as("javac exit code").isZero();

        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", temp + File.pathSeparator + classPath, "WeatherServer")
                .redirectError(temp.resolve("stderr.log").toFile()).start();
        try (OutputStream stdin = process.getOutputStream();
             var stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"readme\",\"version\":\"1\"}}}");
            assertThat(read(stdout).at("/result/serverInfo/name").asString()).isEqualTo("weather");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
            JsonNode tools = read(stdout).at("/result/tools");
            assertThat(List.of(tools.get(0).get("name").asString(), tools.get(1).get("name").asString()))
                    .containsExactlyInAnyOrder("ping_weather", "forecast");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"forecast\","
                    + "\"arguments\":{\"city\":\"Oslo\",\"days\":3}}}");
            JsonNode call = read(stdout);
            assertThat(call.at("/result/structuredContent/city").asString()).isEqualTo("Oslo");
            assertThat(call.at("/result/structuredContent/days").asInt()).isEqualTo(3);
        }
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static void send(OutputStream stdin, String line) throws IOException {
        stdin.write((line + "\n").getBytes(UTF_8));
        stdin.flush();
    }

    private static JsonNode read(BufferedReader stdout) throws IOException {
        String line = stdout.readLine();
        assertThat(line).as("a response line").isNotNull();
        return Json.parse(line);
    }
}
