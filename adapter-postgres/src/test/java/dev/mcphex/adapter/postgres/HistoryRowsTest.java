package dev.mcphex.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryRowsTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void input_hasTheBinaryCopyHeaderAndTrailer() {
        byte[] rows = HistoryRows.of(List.of());
        ByteBuffer buffer = ByteBuffer.wrap(rows);
        byte[] signature = new byte[SIGNATURE.length];
        buffer.get(signature);
        assertThat(signature).isEqualTo(SIGNATURE);
        assertThat(buffer.getInt()).as("flags").isZero();
        assertThat(buffer.getInt()).as("header extension").isZero();
        assertThat(buffer.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(buffer.hasRemaining()).isFalse();
    }

    @Test
    void tuple_holdsEveryColumnInOrder_withNullsAsMinusOne() {
        var entry = new HistoryEntry("0190b6a4-7c4e-7d1e-8a3b-5f6e7d8c9b0a", AT, "alice", Era.MODERN, null,
                "tools/call", "echo", Json.parse("{\"text\":\"hi\"}"), "done", Duration.ofNanos(1_234_567),
                HistoryEntry.Status.ERROR, -32602, null);
        byte[] rows = HistoryRows.of(List.of(entry));
        ByteBuffer tuple = ByteBuffer.wrap(rows, SIGNATURE.length + 8, rows.length - SIGNATURE.length - 8);
        assertThat(tuple.getShort()).as("fields").isEqualTo((short) 13);
        assertThat(tuple.getInt()).isEqualTo(16);
        assertThat(tuple.getLong()).isEqualTo(0x0190b6a47c4e7d1eL);
        assertThat(tuple.getLong()).isEqualTo(0x8a3b5f6e7d8c9b0aL);
        assertThat(tuple.getInt()).isEqualTo(8);
        assertThat(tuple.getLong()).as("µs since 2000-01-01").isEqualTo(825_674_400_123_456L);
        assertThat(text(tuple)).isEqualTo("alice");
        assertThat(text(tuple)).isEqualTo("MODERN");
        assertThat(tuple.getInt()).as("no session").isEqualTo(-1);
        assertThat(text(tuple)).isEqualTo("tools/call");
        assertThat(text(tuple)).isEqualTo("echo");
        assertThat(text(tuple)).as("jsonb: version 1, then the text").isEqualTo("\u0001{\"text\":\"hi\"}");
        assertThat(text(tuple)).isEqualTo("done");
        assertThat(tuple.getInt()).isEqualTo(8);
        assertThat(tuple.getLong()).isEqualTo(1_234L);
        assertThat(text(tuple)).isEqualTo("ERROR");
        assertThat(tuple.getInt()).isEqualTo(4);
        assertThat(tuple.getInt()).isEqualTo(-32602);
        assertThat(tuple.getInt()).as("no trace id").isEqualTo(-1);
        assertThat(tuple.getShort()).as("trailer").isEqualTo((short) -1);
    }

    @Test
    void timesBefore2000_countBackwards() {
        assertThat(HistoryRows.postgresMicros(Instant.parse("1999-12-31T23:59:59.999999Z"))).isEqualTo(-1);
    }

    @Test
    void nulInText_isReplaced() {
        var entry = new HistoryEntry("0190b6a4-7c4e-7d1e-8a3b-5f6e7d8c9b0a", AT, "a\0b", Era.LEGACY, null, "ping",
                null, null, null, Duration.ZERO, HistoryEntry.Status.OK, null, null);
        assertThat(new String(HistoryRows.of(List.of(entry)), StandardCharsets.UTF_8)).contains("a\uFFFDb");
    }

    @Test
    void json_nulEscapesAreReplaced_escapedBackslashesAreNot() {
        assertThat(HistoryRows.withoutNulEscapes("{\"a\":\"x\\u0000y\"}")).isEqualTo("{\"a\":\"x\uFFFDy\"}");
        assertThat(HistoryRows.withoutNulEscapes("{\"a\":\"x\\\\u0000y\"}")).isEqualTo("{\"a\":\"x\\\\u0000y\"}");
        assertThat(HistoryRows.withoutNulEscapes("{\"a\":\"\\\\\\u0000\"}")).isEqualTo("{\"a\":\"\\\\\uFFFD\"}");
    }

    @Test
    void eachEntrysArguments_areWrittenWholeAndAlone_nulEscapesReplaced() {
        var first = entry("{\"n\":1}");
        var second = entry("{\"text\":\"a\\u0000b\"}");
        var third = entry("[1,2]");
        String rows = new String(HistoryRows.of(List.of(first, second, third)), StandardCharsets.UTF_8);
        assertThat(rows).contains("\u0001{\"n\":1}\u0000")
                .contains("\u0001{\"text\":\"a\uFFFDb\"}\u0000")
                .contains("\u0001[1,2]\u0000");
    }

    @Test
    void entryWhoseIdIsNotAUuid_isRejected() {
        var entry = new HistoryEntry("not-a-uuid", AT, "alice", Era.LEGACY, "s", "ping", null, null, null,
                Duration.ZERO, HistoryEntry.Status.OK, null, null);
        assertThatThrownBy(() -> HistoryRows.of(List.of(entry))).isInstanceOf(IllegalArgumentException.class);
    }

    /** An entry with these arguments and a result summary whose length field starts with a zero byte. */
    private static HistoryEntry entry(String arguments) {
        return new HistoryEntry("0190b6a4-7c4e-7d1e-8a3b-5f6e7d8c9b0a", AT, "alice", Era.MODERN, null, "tools/call",
                "echo", Json.parse(arguments), "done", Duration.ZERO, HistoryEntry.Status.OK, null, null);
    }

    private static String text(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.getInt()];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
