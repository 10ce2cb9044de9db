package dev.mcphex.adapter.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnNewlinesAndStripsOneTrailingCarriageReturn() throws IOException {
        assertThat(readAll("a\r\nb\nc\r\r\n\nlast", 100))
                .containsExactly("a", "b", "c\r", "", "last", "<end>");
    }

    @Test
    void keepsBytesAsTheyAreWhateverTheirEncoding() throws IOException {
        byte[] invalid = {'{', (byte) 0xC3, 0x28, (byte) 0xFF, '}', '\n'};
        LineReader reader = new LineReader(new ByteArrayInputStream(invalid), 100);

        assertThat(((Line.Content) reader.next()).bytes()).containsExactly('{', (byte) 0xC3, 0x28, (byte) 0xFF, '}');
        assertThat(reader.next()).isInstanceOf(Line.End.class);
    }

    @Test
    void reassemblesLinesSplitAcrossReads() throws IOException {
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(bytes("hello\r\nworld\n"))) {
            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                return super.read(target, offset, Math.min(length, 3));
            }
        };

        assertThat(readAll(new LineReader(trickle, 100))).containsExactly("hello", "world", "<end>");
    }

    @Test
    void acceptsALineExactlyAtTheLimitEvenWithACarriageReturn() throws IOException {
        assertThat(readAll("12345678\r\n12345678\n", 8)).containsExactly("12345678", "12345678", "<end>");
    }

    @Test
    void reportsALineOverTheLimitAndReadsTheNextOne() throws IOException {
        assertThat(readAll("123456789\nok\n", 8)).containsExactly("<too long: 9>", "ok", "<end>");
    }

    @Test
    void drainsAHugeLineWithoutKeepingItAndRecoversAfterIt() throws IOException {
        String huge = "x".repeat(1_000_000);

        assertThat(readAll(huge + "\nok\n" + huge, 1024))
                .containsExactly("<too long: 1000000>", "ok", "<too long: 1000000>", "<end>");
    }

    @Test
    void endsAtOnceOnEmptyInput() throws IOException {
        assertThat(readAll("", 8)).containsExactly("<end>");
    }

    private static List<String> readAll(String text, int limit) throws IOException {
        return readAll(new LineReader(new ByteArrayInputStream(bytes(text)), limit));
    }

    private static List<String> readAll(LineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            Line line = reader.next();
            switch (line) {
                case Line.Content content -> lines.add(new String(content.bytes(), StandardCharsets.UTF_8));
                case Line.TooLong tooLong -> lines.add("<too long: " + tooLong.length() + ">");
                case Line.End end -> {
                    lines.add("<end>");
                    return lines;
                }
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
