package dev.mcphex.ports.spi;

import java.util.List;

/**
 * A set of tools, resources and prompts a server can switch on.
 *
 * <p>Packs are discovered with {@link java.util.ServiceLoader}: a pack's jar lists its implementation in
 * {@code META-INF/services/dev.mcphex.ports.spi.ToolPack}, and the implementation has a public no-argument
 * constructor. A pack depends on this module alone, so it runs unchanged on every transport and in both
 * protocol eras.
 */
public interface ToolPack {

    /** A short, stable name that identifies the pack in logs and configuration, such as {@code "files"}. */
    String name();

    /** The tools the pack offers, in list order. */
    List<Tool> tools();

    /** The resources with fixed URIs the pack offers; none by default. */
    default List<Resource> resources() {
        return List.of();
    }

    /** The resource templates the pack offers; none by default. */
    default List<ResourceTemplate> resourceTemplates() {
        return List.of();
    }

    /** The prompts the pack offers; none by default. */
    default List<Prompt> prompts() {
        return List.of();
    }
}
