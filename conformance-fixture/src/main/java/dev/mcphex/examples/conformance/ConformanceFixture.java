package dev.mcphex.examples.conformance;

import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.Tool;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The content of the server the official MCP conformance suite tests: its tools, resources, resource
 * template and prompts, with the exact names, texts, schemas and samples the suite checks, for both the
 * legacy (2025-11-25) and the modern (2026-07-28) wire. It is test content, not the product's default tools.
 *
 * <p>Every list has a fixed order, the same on every call, because the suite relies on it: the first tool
 * ({@code test_simple_text}) is called with no arguments, and the first resource ({@code test://static-text})
 * is read. Handlers that ask the client something use stable keys and ask before doing anything else, so
 * that a modern-era retry, which runs the handler again, finds its answers.
 *
 * <p>Instances are thread-safe. Each instance keeps its own watched-resource text.
 */
public final class ConformanceFixture {

    /** The URI of the resource clients may subscribe to. */
    public static final String WATCHED_RESOURCE_URI = FixtureResources.WATCHED_URI;

    private final List<Tool> tools;
    private final FixtureResources resources;
    private final List<Prompt> prompts;

    /**
     * @param hooks told when the tool or prompt list changes and when the watched resource is updated
     */
    public ConformanceFixture(FixtureHooks hooks) {
        Objects.requireNonNull(hooks, "hooks");
        this.tools = Stream.of(ContentTools.tools(), SchemaTools.tools(), DiagnosticTools.tools(hooks),
                        InteractionTools.tools(), MrtrTools.tools(), TaskTools.tools(), ModelTools.tools())
                .flatMap(List::stream)
                .toList();
        this.resources = new FixtureResources(hooks);
        this.prompts = FixturePrompts.prompts();
    }

    /** The tools, {@code test_simple_text} first. */
    public List<Tool> tools() {
        return tools;
    }

    /** The resources with fixed URIs, {@code test://static-text} first. */
    public List<Resource> resources() {
        return resources.resources();
    }

    /** The resource templates: {@code test://template/{id}/data}. */
    public List<ResourceTemplate> resourceTemplates() {
        return resources.templates();
    }

    /** The prompts, {@code test_simple_prompt} first. */
    public List<Prompt> prompts() {
        return prompts;
    }

    /**
     * Replaces the text of {@link #WATCHED_RESOURCE_URI} and tells the hooks it was updated.
     *
     * @param text the new text
     */
    public void updateWatchedResource(String text) {
        resources.updateWatched(text);
    }
}
