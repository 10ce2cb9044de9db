package dev.mcphex.ports.spi;

import java.util.List;

/**
 * A set of tools, resources and prompts a server can switch on.
 *
 * <p>Packs are discovered with {@link java.util.ServiceLoader}: a pack's jar lists its implementation in
 * {@code META-INF/services/dev.mcphex.ports.spi.ToolPack}, and the implementation has a public no-argument
 * constructor. A pack depends on this module alone, so it runs unchanged on every transport and in both
 * protocol eras. A pack that needs settings or stores (context, history) gets them from the
 * {@link PackEnvironment} the server passes to {@link #tools(PackEnvironment)}.
 */
public interface ToolPack {

    /** A short, stable name that identifies the pack in logs and configuration, such as {@code "files"}. */
    String name();

    /** The tools the pack offers, in list order, when it is given nothing: see {@link PackEnvironment#none()}. */
    List<Tool> tools();

    /**
     * The tools the pack offers in this environment; the server calls this one. By default the same as
     * {@link #tools()}, so a pack that needs nothing from the server implements {@link #tools()} alone.
     */
    default List<Tool> tools(PackEnvironment environment) {
        return tools();
    }

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
