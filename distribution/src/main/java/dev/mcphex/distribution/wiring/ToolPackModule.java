package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The tool packs the server switches on: those on the class path, or a given list. */
public final class ToolPackModule extends AbstractModule {
    private final Supplier<List<ToolPack>> packs;

    private ToolPackModule(Supplier<List<ToolPack>> packs) {
        this.packs = packs;
    }

    /** The packs registered with {@link java.util.ServiceLoader}, looked up when first needed. */
    public static ToolPackModule discovered() {
        return new ToolPackModule(() -> ToolPacks.discover(Thread.currentThread().getContextClassLoader()));
    }

    /** Exactly these packs. */
    public static ToolPackModule of(List<ToolPack> packs) {
        List<ToolPack> copy = List.copyOf(Objects.requireNonNull(packs, "packs"));
        return new ToolPackModule(() -> copy);
    }

    @Provides
    @Singleton
    List<ToolPack> toolPacks() {
        return packs.get();
    }
}
