package dev.mcphex.adapter.stdio;

import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes messages to the output, one JSON document per line, each flushed at once. Thread-safe: one
 * lock keeps lines whole. Once the output is closed or has failed, writes are dropped; the first drop
 * is logged. Never throws. A {@link PrintStream} such as {@code System.out} hides its failures, so its
 * error flag is checked after each line.
 */
final class LineWriter implements MessageSink {
    private static final Logger LOG = LoggerFactory.getLogger(LineWriter.class);

    private final OutputStream out;
    // a lock rather than synchronized: writers are virtual threads blocking on I/O
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;
    private boolean dropLogged;

    LineWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void send(JsonRpcMessage message) {
        String json;
        try {
            json = JsonRpcCodec.write(message);
        } catch (RuntimeException e) {
            LOG.warn("Could not serialize an outbound {}; dropped", message.getClass().getSimpleName(), e);
            return;
        }
        writeLine(json);
    }

    /** Writes one document that is already serialized on a single line. */
    void writeLine(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        lock.lock();
        try {
            if (closed) {
                logDropOnce();
                return;
            }
            out.write(bytes);
            out.write('\n');
            out.flush();
            if (out instanceof PrintStream print && print.checkError()) {
                throw new IOException("the print stream reports an error");
            }
        } catch (IOException | RuntimeException e) {
            closed = true;
            LOG.warn("Writing to the output failed; further messages are dropped: {}", e.toString());
        } finally {
            lock.unlock();
        }
    }

    /** Flushes and stops writing; later messages are dropped. */
    void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Flushing the output failed: {}", e.toString());
        } finally {
            lock.unlock();
        }
    }

    private void logDropOnce() {
        if (!dropLogged) {
            dropLogged = true;
            LOG.debug("The output is closed; dropping outbound messages from now on");
        }
    }
}
