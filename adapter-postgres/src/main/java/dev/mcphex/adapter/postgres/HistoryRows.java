package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
    private static final short FIELDS = 13;
    private static final short END = -1;
    private static final int NULL = -1;
    private static final byte JSONB_VERSION = 1;
    /** PostgreSQL counts time from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_SECONDS = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final char REPLACEMENT = '\uFFFD';

    private HistoryRows() {
    }

    /**
     * The copy input for {@code entries}.
     *
     * @throws IllegalArgumentException if an entry's id is not a UUID
     */
    static byte[] of(List<HistoryEntry> entries) {
        var bytes = new ByteArrayOutputStream(64 + entries.size() * 256);
        var out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
            for (HistoryEntry entry : entries) {
                tuple(out, entry);
            }
            out.writeShort(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static void tuple(DataOutputStream out, HistoryEntry entry) throws IOException {
        UUID id = UUID.fromString(entry.id());
        out.writeShort(FIELDS);
        out.writeInt(16);
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
        out.writeInt(8);
        out.writeLong(postgresMicros(entry.timestamp()));
        text(out, entry.principal());
        text(out, entry.era().name());
        text(out, entry.session());
        text(out, entry.method());
        text(out, entry.tool());
        byte[] json = withoutNulEscapes(Json.write(entry.arguments())).getBytes(StandardCharsets.UTF_8);
        out.writeInt(json.length + 1);
        out.writeByte(JSONB_VERSION);
        out.write(json);
        text(out, entry.resultSummary());
        out.writeInt(8);
        out.writeLong(entry.duration().toNanos() / 1_000);
        text(out, entry.status().name());
        if (entry.errorCode() == null) {
            out.writeInt(NULL);
        } else {
            out.writeInt(4);
            out.writeInt(entry.errorCode());
        }
        text(out, entry.traceId());
    }

    /** Microseconds from PostgreSQL's epoch to {@code at}, as a {@code timestamptz} travels. */
    static long postgresMicros(Instant at) {
        return (at.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000 + at.getNano() / 1_000;
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(NULL);
            return;
        }
        byte[] utf8 = value.replace('\0', REPLACEMENT).getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
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
}
