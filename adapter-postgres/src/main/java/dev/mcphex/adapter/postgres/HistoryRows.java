package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;

/**
 * History entries as the input of a {@code COPY history ... FROM STDIN (FORMAT binary)}: PostgreSQL's
 * binary copy format, whose values the server takes without parsing text (ids, times and numbers
 * travel as their binary forms), one tuple per entry with the columns in {@link #COLUMNS} order.
 * PostgreSQL's text and jsonb cannot hold the NUL character, which a caller's strings may contain: it
 * is stored as U+FFFD, in plain columns and in the arguments' JSON alike, so that one such entry cannot
 * fail its whole batch.
 */
final class HistoryRows {
    static final String COLUMNS = "id, occurred_at, principal, era, session, method, tool, arguments, result_summary,"
            + " duration_micros, status, error_code, trace_id";
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final VarHandle BIG_ENDIAN_SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle BIG_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** Writes each entry's arguments with the batch's one generator, with nothing between them. */
    private static final ObjectWriter ARGUMENTS = Json.MAPPER.writer().withRootValueSeparator((String) null);
    private static final short FIELDS = 13;
    private static final short END = -1;
    private static final int NULL = -1;
    private static final byte JSONB_VERSION = 1;
    /** PostgreSQL counts time from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_SECONDS = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final char REPLACEMENT = '\uFFFD';
    private static final byte[] NUL_ESCAPE = "\\u0000".getBytes(StandardCharsets.US_ASCII);

    private HistoryRows() {
    }

    /**
     * The copy input for {@code entries}.
     *
     * @throws IllegalArgumentException if an entry's id is not a UUID
     */
    static byte[] of(List<HistoryEntry> entries) {
        var out = new Output(64 + entries.size() * 320);
        out.bytes(SIGNATURE);
        out.int32(0); // flags
        out.int32(0); // header extension length
        try (JsonGenerator json = ARGUMENTS.createGenerator(out)) {
            for (HistoryEntry entry : entries) {
                tuple(out, json, entry);
            }
        }
        out.int16(END);
        return out.toByteArray();
    }

    private static void tuple(Output out, JsonGenerator json, HistoryEntry entry) {
        UUID id = UUID.fromString(entry.id());
        out.int16(FIELDS);
        out.int32(16);
        out.int64(id.getMostSignificantBits());
        out.int64(id.getLeastSignificantBits());
        out.int32(8);
        out.int64(postgresMicros(entry.timestamp()));
        text(out, entry.principal());
        text(out, entry.era().name());
        text(out, entry.session());
        text(out, entry.method());
        text(out, entry.tool());
        jsonb(out, json, entry.arguments());
        text(out, entry.resultSummary());
        out.int32(8);
        out.int64(entry.duration().toNanos() / 1_000);
        text(out, entry.status().name());
        if (entry.errorCode() == null) {
            out.int32(NULL);
        } else {
            out.int32(4);
            out.int32(entry.errorCode());
        }
        text(out, entry.traceId());
    }

    /** Microseconds from PostgreSQL's epoch to {@code at}, as a {@code timestamptz} travels. */
    static long postgresMicros(Instant at) {
        return (at.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000 + at.getNano() / 1_000;
    }

    private static void text(Output out, String value) {
        if (value == null) {
            out.int32(NULL);
            return;
        }
        byte[] utf8 = (value.indexOf('\0') < 0 ? value : value.replace('\0', REPLACEMENT))
                .getBytes(StandardCharsets.UTF_8);
        out.int32(utf8.length);
        out.bytes(utf8);
    }

    /** {@code value} as jsonb: its length, the format version, then its JSON, written by the batch's generator. */
    private static void jsonb(Output out, JsonGenerator json, JsonNode value) {
        int length = out.reserveInt32();
        out.int8(JSONB_VERSION);
        int start = out.size();
        ARGUMENTS.writeValue(json, value);
        json.flush();
        if (out.contains(NUL_ESCAPE, start)) {
            String text = out.text(start);
            out.truncate(start);
            out.bytes(withoutNulEscapes(text).getBytes(StandardCharsets.UTF_8));
        }
        out.patchInt32(length, out.size() - length - 4);
    }

    /**
     * {@code json} with each {@code \u0000} escape, which jsonb rejects, written as U+FFFD. Escapes are
     * read in pairs, so an escaped backslash followed by {@code u0000} is left as it is.
     */
    static String withoutNulEscapes(String json) {
        if (!json.contains("\\u0000")) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
            } else if (json.startsWith("u0000", i + 1)) {
                out.append(REPLACEMENT);
                i += 5;
            } else {
                out.append(c).append(json.charAt(i + 1));
                i++;
            }
        }
        return out.toString();
    }

    /** A growing big-endian byte buffer: the copy input, written by one thread without locks. */
    private static final class Output extends OutputStream {
        private byte[] bytes;
        private int size;

        Output(int capacity) {
            bytes = new byte[capacity];
        }

        void int8(int value) {
            room(1);
            bytes[size++] = (byte) value;
        }

        void int16(short value) {
            room(2);
            BIG_ENDIAN_SHORT.set(bytes, size, value);
            size += 2;
        }

        void int32(int value) {
            room(4);
            BIG_ENDIAN_INT.set(bytes, size, value);
            size += 4;
        }

        void int64(long value) {
            room(8);
            BIG_ENDIAN_LONG.set(bytes, size, value);
            size += 8;
        }

        void bytes(byte[] value) {
            room(value.length);
            System.arraycopy(value, 0, bytes, size, value.length);
            size += value.length;
        }

        @Override
        public void write(int b) {
            int8(b);
        }

        @Override
        public void write(byte[] value, int offset, int length) {
            room(length);
            System.arraycopy(value, offset, bytes, size, length);
            size += length;
        }

        int size() {
            return size;
        }

        /** Room for an int written later with {@link #patchInt32}; returns its position. */
        int reserveInt32() {
            int at = size;
            int32(0);
            return at;
        }

        void patchInt32(int at, int value) {
            BIG_ENDIAN_INT.set(bytes, at, value);
        }

        boolean contains(byte[] part, int from) {
            for (int i = from; i <= size - part.length; i++) {
                if (bytes[i] == part[0] && Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                    return true;
                }
            }
            return false;
        }

        String text(int from) {
            return new String(bytes, from, size - from, StandardCharsets.UTF_8);
        }

        void truncate(int newSize) {
            size = newSize;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
