package dev.mcphex.domain.catalog;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything the server offers. Changes after start publish the matching list-changed event, so
 * every client that listens hears of them.
 */
public final class Catalog {
    private final Registry<String, RegisteredTool> tools = new Registry<>("tool", t -> t.tool().name());
    private final Registry<String, Resource> resources = new Registry<>("resource", Resource::uri);
    private final Registry<String, RegisteredTemplate> templates =
            new Registry<>("resource template", t -> t.template().definition().uriTemplate());
    private final Registry<String, Prompt> prompts = new Registry<>("prompt", Prompt::name);
    private final List<CatalogSource> sources = new CopyOnWriteArrayList<>();
    private final NotificationBus bus;

    public Catalog(NotificationBus bus) {
        this.bus = bus;
    }

    public void addTool(Tool tool) {
        tools.add(RegisteredTool.compile(tool));
        bus.publish(new ServerEvent.ToolsChanged());
    }

    public boolean removeTool(String name) {
        return changed(tools.remove(name), new ServerEvent.ToolsChanged());
    }

    public void addResource(Resource resource) {
        resources.add(resource);
        bus.publish(new ServerEvent.ResourcesChanged());
    }

    public boolean removeResource(String uri) {
        return changed(resources.remove(uri), new ServerEvent.ResourcesChanged());
    }

    public void addTemplate(ResourceTemplate template) {
        templates.add(new RegisteredTemplate(template, new UriTemplate(template.definition().uriTemplate())));
        bus.publish(new ServerEvent.ResourcesChanged());
    }

    public void addPrompt(Prompt prompt) {
        prompts.add(prompt);
        bus.publish(new ServerEvent.PromptsChanged());
    }

    public boolean removePrompt(String name) {
        return changed(prompts.remove(name), new ServerEvent.PromptsChanged());
    }

    /** Adds resources and prompts read from {@code source} on every list and lookup. */
    public void addSource(CatalogSource source) {
        sources.add(source);
        bus.publish(new ServerEvent.ResourcesChanged());
        bus.publish(new ServerEvent.PromptsChanged());
    }

    private boolean changed(boolean removed, ServerEvent event) {
        if (removed) {
            bus.publish(event);
        }
        return removed;
    }

    public List<RegisteredTool> tools() {
        return tools.all();
    }

    public Optional<RegisteredTool> tool(String name) {
        return tools.find(name);
    }

    public List<Resource> resources() {
        return withSources(resources.all(), CatalogSource::resources, Resource::uri);
    }

    public Optional<Resource> resource(String uri) {
        return resources.find(uri).or(() -> fromSources(CatalogSource::resources, r -> r.uri().equals(uri)));
    }

    public List<RegisteredTemplate> templates() {
        return templates.all();
    }

    public Optional<RegisteredTemplate> template(String uriTemplate) {
        return templates.find(uriTemplate);
    }

    public List<Prompt> prompts() {
        return withSources(prompts.all(), CatalogSource::prompts, Prompt::name);
    }

    public Optional<Prompt> prompt(String name) {
        return prompts.find(name).or(() -> fromSources(CatalogSource::prompts, p -> p.name().equals(name)));
    }

    /** The catalog's own entries, then the sources' ones whose key none before them has. */
    private <T> List<T> withSources(List<T> own, Function<CatalogSource, List<T>> entries, Function<T, String> key) {
        if (sources.isEmpty()) {
            return own;
        }
        Map<String, T> byKey = new LinkedHashMap<>();
        Stream.concat(own.stream(), sources.stream().flatMap(s -> entries.apply(s).stream()))
                .forEach(e -> byKey.putIfAbsent(key.apply(e), e));
        return List.copyOf(byKey.values());
    }

    private <T> Optional<T> fromSources(Function<CatalogSource, List<T>> entries, Predicate<T> wanted) {
        return sources.stream().flatMap(s -> entries.apply(s).stream()).filter(wanted).findFirst();
    }

    /** The first template that matches {@code uri}, with the extracted variables. */
    public Optional<Map.Entry<RegisteredTemplate, Map<String, String>>> matchTemplate(String uri) {
        for (RegisteredTemplate template : templates.all()) {
            Map<String, String> variables = template.uri().match(uri);
            if (variables != null) {
                return Optional.of(Map.entry(template, variables));
            }
        }
        return Optional.empty();
    }
}
