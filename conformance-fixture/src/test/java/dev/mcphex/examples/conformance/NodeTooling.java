package dev.mcphex.examples.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * What the integration tests driving Node tools share: the pinned Node toolchain of the repository's
 * {@code conformance/} directory, child processes whose output goes to the test log, and the fixture
 * server started as a child process.
 */
final class NodeTooling {
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration SERVER_START_TIMEOUT = Duration.ofSeconds(60);

    private NodeTooling() {
    }

    /** The repository's {@code conformance/} directory, found upwards from the working directory. */
    static Path conformanceDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("conformance");
            if (Files.isRegularFile(candidate.resolve("setup")) && Files.isRegularFile(candidate.resolve("package.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no conformance/ directory above " + Path.of("").toAbsolutePath());
    }

    /** This module's build directory, where the tests write what they produce. */
    static Path targetDir() {
        return Path.of("target").toAbsolutePath();
    }

    /**
     * Installs the pinned toolchain with {@code conformance/setup} and returns the Node 22 binary it
     * prints. Skips the calling test only if {@code npm} itself is missing from PATH; any other
     * problem fails it.
     */
    static Path installNode() {
        Assumptions.assumeTrue(onPath("npm"),
                "npm is not on PATH, so the pinned Node 22 toolchain of conformance/ cannot be installed");
        Path setup = conformanceDir().resolve("setup");
        Finished finished = run("setup", List.of("bash", setup.toString()), setup.getParent(), SETUP_TIMEOUT);
        if (finished.exitCode() != 0) {
            fail("conformance/setup exited with " + finished.exitCode() + ":\n" + finished.tail(40));
        }
        List<String> stdout = finished.stdout();
        Path node = stdout.isEmpty() ? null : Path.of(stdout.get(stdout.size() - 1).strip());
        if (node == null || !Files.isExecutable(node)) {
            fail("conformance/setup did not print a runnable Node binary:\n" + finished.tail(40));
        }
        return node;
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The command that runs the fixture server in a fresh JVM with this test's classpath. */
    static List<String> fixtureServerCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FixtureServer.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** A free TCP port on 127.0.0.1 (free when asked; the server binds it right after). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code FixtureServer http <port>} as a child process and waits until the port accepts connections. */
    static Running startHttpFixture(int port) {
        Running server = start("fixture", fixtureServerCommand("http", Integer.toString(port)), Path.of(""));
        long deadline = System.nanoTime() + SERVER_START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.process().isAlive()) {
                fail("the fixture server exited with " + server.process().exitValue() + " before listening:\n"
                        + server.tail(40));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return server;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(200));
            }
        }
        server.stop();
        fail("the fixture server did not listen on 127.0.0.1:" + port + " within " + SERVER_START_TIMEOUT
                + ":\n" + server.tail(40));
        return null;
    }

    /** Runs a command to completion (or kills it at the timeout), copying its output to the test log. */
    static Finished run(String name, List<String> command, Path workingDir, Duration timeout) {
        Running running = start(name, command, workingDir);
        try {
            if (!running.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                running.stop();
                fail(name + " did not finish within " + timeout + ":\n" + running.tail(40));
            }
            running.drain();
            return new Finished(running.process().exitValue(), running.stdout(), running.output());
        } catch (InterruptedException e) {
            running.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        }
    }

    static Running start(String name, List<String> command, Path workingDir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toAbsolutePath().toFile());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            Running running = new Running(name, process);
            running.pump(process.getInputStream(), true);
            running.pump(process.getErrorStream(), false);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A child process whose stdout and stderr lines are printed, prefixed with its name, and kept. */
    static final class Running {
        private final String name;
        private final Process process;
        private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
        private final List<String> output = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> pumps = new ArrayList<>();

        Running(String name, Process process) {
            this.name = name;
            this.process = process;
        }

        Process process() {
            return process;
        }

        List<String> stdout() {
            synchronized (stdout) {
                return List.copyOf(stdout);
            }
        }

        List<String> output() {
            synchronized (output) {
                return List.copyOf(output);
            }
        }

        String tail(int lines) {
            return NodeTooling.tail(output(), lines);
        }

        void pump(InputStream stream, boolean isStdout) {
            Thread thread = Thread.ofVirtual().name(name + (isStdout ? "-out" : "-err")).start(() -> {
                try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    for (String line; (line = reader.readLine()) != null; ) {
                        if (isStdout) {
                            stdout.add(line);
                        }
                        output.add(line);
                        System.out.println("[" + name + "] " + line);
                    }
                } catch (IOException ignored) {
                    // the process is gone
                }
            });
            pumps.add(thread);
        }

        /** Waits for the output copiers to reach the end of the streams. */
        void drain() throws InterruptedException {
            for (Thread pump : pumps) {
                pump.join(Duration.ofSeconds(10));
            }
        }

        /** Ends the process and its descendants. */
        void stop() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A finished child process: its exit code, its stdout lines, and all of its output lines. */
    record Finished(int exitCode, List<String> stdout, List<String> output) {
        String tail(int lines) {
            return NodeTooling.tail(output, lines);
        }
    }

    static String tail(List<String> lines, int count) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
