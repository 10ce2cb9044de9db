package dev.mcphex.examples.conformance;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceNotFoundException;
import dev.mcphex.ports.spi.ResourceReader;
import dev.mcphex.ports.spi.ResourceTemplate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The fixture's resources and its one resource template, with the watched resource's current text. */
final class FixtureResources {

    static final String STATIC_TEXT_URI = "test://static-text";
    static final String STATIC_BINARY_URI = "test://static-binary";
    static final String WATCHED_URI = "test://watched-resource";
    static final String TEMPLATE = "test://template/{id}/data";

    static final String STATIC_TEXT = "This is the content of the static text resource.";
    static final String WATCHED_TEXT = "Watched resource content";

    private final FixtureHooks hooks;
    private final AtomicReference<String> watchedText = new AtomicReference<>(WATCHED_TEXT);

    FixtureResources(FixtureHooks hooks) {
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /** The resources, {@code test://static-text} first: the suite reads the first listed one. */
    List<Resource> resources() {
        return List.of(
                resource(STATIC_TEXT_URI, "static-text", "Static Text Resource",
                        "A static text resource for testing.", "text/plain",
                        (uri, context) -> List.of(ResourceContents.text(uri, "text/plain", STATIC_TEXT))),
                resource(STATIC_BINARY_URI, "static-binary", "Static Binary Resource",
                        "A static binary resource (a PNG image) for testing.", SampleMedia.PNG_MIME_TYPE,
                        (uri, context) -> List.of(ResourceContents.blob(uri, SampleMedia.PNG_MIME_TYPE, SampleMedia.PNG))),
                resource(WATCHED_URI, "watched-resource", "Watched Resource",
                        "A resource clients may subscribe to; it changes when the fixture updates it.", "text/plain",
                        (uri, context) -> List.of(ResourceContents.text(uri, "text/plain", watchedText.get()))));
    }

    /** The resource templates. */
    List<ResourceTemplate> templates() {
        return List.of(new ResourceTemplate(
                new ResourceTemplateDefinition(TEMPLATE, "template", "Template Resource",
                        "A resource template whose id variable is echoed in the data.", "application/json",
                        null, null),
                (uri, variables, context) -> List.of(ResourceContents.text(uri, "application/json",
                        templateData(uri, variables)))));
    }

    /** Replaces the watched resource's text and reports the change. */
    void updateWatched(String text) {
        watchedText.set(Objects.requireNonNull(text, "text"));
        hooks.resourceUpdated(WATCHED_URI);
    }

    private static Resource resource(String uri, String name, String title, String description, String mimeType,
                                     ResourceReader reader) {
        return new Resource(new ResourceDefinition(uri, name, title, description, mimeType, null, null, null), reader);
    }

    private static String templateData(String uri, Map<String, String> variables) {
        String id = variables.get("id");
        if (id == null || id.isEmpty()) {
            throw new ResourceNotFoundException(uri);
        }
        return Json.write(Json.object()
                .put("id", id)
                .put("templateTest", true)
                .put("data", "Data for ID: " + id));
    }
}
