package dev.mcphex.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the start-up training as the launcher does (a child process): a training run that fails leaves
 * the launcher without its start-up cache, silently, so each mode must end by itself with exit code 0.
 */
class StartupTrainingIT {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"", "stdio"})
    void training_servesItsSessions_writesNothingToStdout_andExitsWith0(String mode) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, StartupTraining.class.getName()));
        if (!mode.isEmpty()) {
            command.add(mode);
        }
        Path stdout = temp.resolve("stdout.log");
        Path stderr = temp.resolve("stderr.log");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the training ends by itself").isTrue();
            assertThat(process.exitValue()).as(Files.readString(stderr, UTF_8)).isZero();
            assertThat(Files.readString(stdout, UTF_8)).isEmpty();
        } finally {
            process.destroyForcibly();
        }
    }
}
