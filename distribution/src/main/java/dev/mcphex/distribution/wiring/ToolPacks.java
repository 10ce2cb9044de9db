package dev.mcphex.distribution.wiring;

import dev.mcphex.ports.spi.ToolPack;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the {@link ToolPack}s on the class path. */
final class ToolPacks {
    private static final Logger LOG = LoggerFactory.getLogger(ToolPacks.class);

    private ToolPacks() {
    }

    /**
     * The packs registered with {@link ServiceLoader} and visible to {@code loader}, in class path order.
     *
     * @throws IllegalStateException if two packs share a name
     */
    static List<ToolPack> discover(ClassLoader loader) {
        List<ToolPack> packs = ServiceLoader.load(ToolPack.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        Set<String> names = new HashSet<>();
        for (ToolPack pack : packs) {
            if (!names.add(pack.name())) {
                throw new IllegalStateException("Two tool packs are named " + pack.name() + "; remove one from the class path");
            }
            LOG.info("Tool pack {} ({}) found", pack.name(), pack.getClass().getName());
        }
        if (packs.isEmpty()) {
            LOG.info("No tool pack found; the catalogue is empty");
        }
        return packs;
    }
}
