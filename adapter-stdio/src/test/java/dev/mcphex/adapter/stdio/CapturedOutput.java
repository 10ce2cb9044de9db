package dev.mcphex.adapter.stdio;

import dev.mcphex.ports.jsonrpc.Json;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** An output stream that hands each complete line to the test as it is written. */
final class CapturedOutput extends OutputStream {
    private static final long WAIT_SECONDS = 5;

    private final ByteArrayOutputStream all = new ByteArrayOutputStream();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @Override
    public synchronized void write(int b) {
        all.write(b);
        if (b == '\n') {
            lines.add(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        } else {
            pending.write(b);
        }
    }

    /** The next line written, waiting a few seconds for it. */
    String nextLine() throws InterruptedException {
        String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no line was written within " + WAIT_SECONDS + " s");
        }
        return line;
    }

    /** The next line written, parsed. */
    JsonNode next() throws InterruptedException {
        return Json.parse(nextLine());
    }

    /** Every line written so far and not yet taken, parsed. */
    List<JsonNode> remaining() {
        List<String> taken = new ArrayList<>();
        lines.drainTo(taken);
        return taken.stream().map(Json::parse).toList();
    }

    /** Everything written, as text. */
    synchronized String text() {
        return all.toString(StandardCharsets.UTF_8);
    }
}
