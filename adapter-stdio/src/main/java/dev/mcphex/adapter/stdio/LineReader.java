package dev.mcphex.adapter.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on {@code \n}, stripping a trailing {@code \r}. Bytes are kept as
 * they are, so the JSON parser is the one to judge their encoding. A line over the limit is read to
 * its end without being kept, so its size costs no memory.
 */
final class LineReader {
    private static final int CHUNK = 64 * 1024;
    private static final int INITIAL_LINE = 8 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean ended;
    private byte[] line = new byte[INITIAL_LINE];

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads the next line; blocks until one is complete or the input ends. */
    Line next() throws IOException {
        int length = 0;
        long seen = 0;
        boolean overflow = false;
        while (true) {
            if (position == limit && !fill()) {
                return seen == 0 ? new Line.End() : finish(length, seen, overflow);
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int size = end - position;
            seen += size;
            // one byte of slack for a trailing \r
            if (!overflow && (long) length + size > maxLineBytes + 1L) {
                overflow = true;
            }
            if (!overflow) {
                append(length, size);
                length += size;
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return finish(length, seen, overflow);
            }
        }
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int read = in.read(chunk);
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int length, int size) {
        if (length + size > line.length) {
            int capacity = Math.max(length + size, (int) Math.min(2L * line.length, maxLineBytes + 1L));
            line = Arrays.copyOf(line, capacity);
        }
        System.arraycopy(chunk, position, line, length, size);
    }

    private Line finish(int length, long seen, boolean overflow) {
        if (!overflow && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (overflow || length > maxLineBytes) {
            return new Line.TooLong(seen);
        }
        byte[] bytes = Arrays.copyOf(line, length);
        if (line.length > CHUNK) {
            line = new byte[INITIAL_LINE];
        }
        return new Line.Content(bytes);
    }
}
