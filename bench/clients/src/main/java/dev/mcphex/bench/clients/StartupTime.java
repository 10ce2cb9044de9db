package dev.mcphex.bench.clients;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times a server's start: from process spawn to the first 200 answer to {@code initialize} (http), or to
 * the {@code initialize} response line on standard output (stdio). Runs the command several times and
 * prints one JSON line with every run and the median, in milliseconds.
 * Arguments: {@code http <port> <runs> <command...>} or {@code stdio <runs> <command...>}.
 */
public final class StartupTime {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private StartupTime() {
    }

    public static void main(String[] args) throws Exception {
        boolean http = args[0].equals("http");
        int port = http ? Integer.parseInt(args[1]) : 0;
        int runs = Integer.parseInt(args[http ? 2 : 1]);
        List<String> command = Arrays.asList(args).subList(http ? 3 : 2, args.length);
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            millis[run] = http ? timeHttp(command, port) : timeStdio(command);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        String each = Arrays.stream(millis).mapToObj(ms -> String.format(java.util.Locale.ROOT, "%.1f", ms))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        System.out.printf(java.util.Locale.ROOT, "{\"mode\":\"%s\",\"runsMs\":%s,\"medianMs\":%.1f}%n", args[0], each, sorted[runs / 2]);
    }

    private static double timeHttp(List<String> command, int port) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (System.nanoTime() - start < GIVE_UP_NANOS) {
                if (initializeAnswered(port)) {
                    return (System.nanoTime() - start) / 1e6;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server exited with " + process.exitValue());
                }
                Thread.sleep(2);
            }
            throw new IllegalStateException("No answer to initialize within a minute");
        } finally {
            stop(process);
        }
    }

    private static boolean initializeAnswered(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
            String head = "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nConnection: close\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            return status != null && status.startsWith("HTTP/1.1 200");
        } catch (IOException e) {
            return false;
        }
    }

    private static double timeStdio(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            OutputStream in = process.getOutputStream();
            in.write((INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (line == null || !line.contains("\"result\"")) {
                throw new IllegalStateException("No initialize response on standard output: " + line);
            }
            return elapsed;
        } finally {
            stop(process);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
