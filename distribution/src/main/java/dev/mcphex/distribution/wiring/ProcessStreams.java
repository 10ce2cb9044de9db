package dev.mcphex.distribution.wiring;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The standard input and output a command that speaks a protocol over them (such as {@code proxy}) uses;
 * the process's own in production (bound by {@code Main}), pipes in tests, absent where no command needs them.
 *
 * @param in  where messages come from
 * @param out where messages go; nothing else may be written there
 */
public record ProcessStreams(InputStream in, OutputStream out) {
    public ProcessStreams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
    }
}
