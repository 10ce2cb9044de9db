package dev.mcphex.archunit.good;

import java.util.List;

/** Keeps every extension rule: uses the JDK only and throws a specific exception. */
public final class TidyPack {

    /** The names this pack offers. */
    public List<String> names() {
        return List.of("tidy");
    }

    /** Fails with a specific exception. */
    public void fail() {
        throw new IllegalStateException("not ready");
    }
}
