package dev.mcphex.ports.protocol;

import java.util.List;

/** The client's roots ({@code roots/list} result). */
public record RootsResult(List<Root> roots) implements InputResponse {
    public RootsResult {
        roots = List.copyOf(roots);
    }
}
