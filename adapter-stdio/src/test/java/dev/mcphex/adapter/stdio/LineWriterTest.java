package dev.mcphex.adapter.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LineWriterTest {
    private static final JsonRpcNotification PING = new JsonRpcNotification("ping", null);

    @Test
    void writesEachMessageAsOneLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(out);

        writer.send(PING);
        writer.send(PING);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}\n{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}\n");
    }

    @Test
    void dropsMessagesOnceClosed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(out);

        writer.close();
        writer.send(PING);

        assertThat(out.size()).isZero();
    }

    @Test
    void stopsWritingAfterTheOutputFailsWithoutThrowing() {
        AtomicInteger attempts = new AtomicInteger();
        LineWriter writer = new LineWriter(broken(attempts));

        assertThatCode(() -> {
            writer.send(PING);
            writer.send(PING);
            writer.close();
        }).doesNotThrowAnyException();
        assertThat(attempts).hasValue(1);
    }

    @Test
    void noticesAFailureThatAPrintStreamHides() {
        AtomicInteger attempts = new AtomicInteger();
        LineWriter writer = new LineWriter(new PrintStream(broken(attempts), false, StandardCharsets.UTF_8));

        writer.send(PING);
        int afterFirst = attempts.get();
        writer.send(PING);

        assertThat(afterFirst).isPositive();
        assertThat(attempts).hasValue(afterFirst);
    }

    private static OutputStream broken(AtomicInteger attempts) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                attempts.incrementAndGet();
                throw new IOException("Broken pipe");
            }
        };
    }
}
