package dev.mcphex.bench.clients;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Just enough HTTP/1.1 for the clients: one POST per socket, written by hand so that thousands of open
 * streams cost a socket and a virtual thread each, and the body is read as raw bytes (SSE events are
 * found by substring, whatever the chunking).
 */
final class Http {
    static final String MODERN = "2026-07-28";
    private static final AtomicLong IDS = new AtomicLong(1);

    private Http() {
    }

    static long nextId() {
        return IDS.getAndIncrement();
    }

    /** A 2026-07-28 request body with the {@code _meta} a conforming client sends. */
    static String modernBody(long id, String method, String params, String extraMeta) {
        String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN + "\","
                + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"bench\",\"version\":\"1\"},"
                + "\"io.modelcontextprotocol/clientCapabilities\":{}" + extraMeta + "}";
        String body = params.isEmpty() ? meta : params + "," + meta;
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{" + body + "}}";
    }

    /** Opens a socket and sends a POST with the modern headers; {@code name} is the Mcp-Name or null. */
    static Socket post(int port, String path, String method, String name, String body) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                + "MCP-Protocol-Version: " + MODERN + "\r\nMcp-Method: " + method + "\r\n"
                + (name == null ? "" : "Mcp-Name: " + name + "\r\n")
                + "Content-Length: " + payload.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(payload);
        out.flush();
        return socket;
    }

    /**
     * Reads from the stream until the text read so far (after {@code from}) contains {@code marker};
     * returns the buffer's new length, or -1 if the stream ended first.
     */
    static int readUntil(InputStream in, StringBuilder seen, int from, String marker) throws IOException {
        byte[] buffer = new byte[4096];
        while (seen.indexOf(marker, from) < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                return -1;
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return seen.indexOf(marker, from) + marker.length();
    }
}
