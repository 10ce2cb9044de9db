package dev.mcphex.distribution;

import com.google.inject.Injector;
import dev.mcphex.distribution.cli.HttpStarter;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.LoggingConfig;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ProcessStreams;
import dev.mcphex.distribution.wiring.ToolPackModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The training run of the launcher's start-up caches ({@code bin/java-options}): one process that serves
 * a short stdio session ({@code initialize}, {@code tools/list}, {@code tools/call}) through {@link Main}
 * as {@code mcphex stdio} runs it, then, unless its argument is {@code stdio}, starts the HTTP server on an
 * ephemeral loopback port and sends it an {@code initialize} and a modern {@code tools/call}, and exits.
 * The JVM caches the classes (and, on JDK 25 and later, the linkage and method profiles) that this
 * needed: with {@code stdio}, only what {@code mcphex stdio} needs to answer first, for a cache that the
 * JVM maps and links faster; without, what every command needs. It reads nothing from the user's
 * environment or configuration file: no database, no Redis, only the in-memory {@code context} pack,
 * loopback only, every socket operation bounded by a timeout.
 */
public final class StartupTraining {
    private static final int SOCKET_TIMEOUT_MILLIS = 10_000;
    private static final String MODERN_VERSION = "2026-07-28";
    private static final String STDIO = "stdio";
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"startup-training\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    private static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"context_create_handle\",\"arguments\":{}}}";
    private static final String MODERN_CALL = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"context_create_handle\",\"arguments\":{},\"_meta\":{"
            + "\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN_VERSION + "\","
            + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"startup-training\",\"version\":\"1\"},"
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";

    private StartupTraining() {
    }

    /**
     * Runs the training.
     *
     * @param args {@code stdio} for the stdio session alone; nothing for both
     */
    public static void main(String[] args) throws Exception {
        Main.disableGuiceBytecodeGeneration();
        Environment environment = Environment.of(Map.of("MCP_HTTP_HOST", "127.0.0.1", "MCP_PORT", "0",
                "MCP_TOOL_PACKS", "context", LoggingConfig.LEVEL, "WARN"));
        stdio(environment);
        if (args.length == 0 || !STDIO.equals(args[0])) {
            http(environment);
        }
        System.exit(0);
    }

    private static void stdio(Environment environment) {
        byte[] input = String.join("\n", INITIALIZE, INITIALIZED, LIST, CALL, "").getBytes(StandardCharsets.UTF_8);
        var streams = new ProcessStreams(new ByteArrayInputStream(input), new ByteArrayOutputStream());
        var discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int exitCode = Main.run(new String[] {STDIO}, environment, streams, discard, discard);
        if (exitCode != 0) {
            throw new IllegalStateException("The stdio session of the training run ended with " + exitCode);
        }
    }

    private static void http(Environment environment) throws Exception {
        Injector injector = CompositionRoot.injector(environment, ToolPackModule.discovered());
        try (HttpStarter.Running running = injector.getInstance(HttpStarter.class).start()) {
            post(running.port(), INITIALIZE, "");
            post(running.port(), MODERN_CALL, "MCP-Protocol-Version: " + MODERN_VERSION + "\r\nMcp-Method: tools/call\r\n"
                    + "Mcp-Name: context_create_handle\r\n");
        }
    }

    /** POSTs one message to the MCP endpoint and reads the whole answer; fails on a status other than 200. */
    private static void post(int port, String body, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), SOCKET_TIMEOUT_MILLIS);
            socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nConnection: close\r\n" + headers
                    + "Content-Length: " + bytes.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!answer.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("The training server answered: " + answer.lines().findFirst().orElse(""));
            }
        }
    }
}
