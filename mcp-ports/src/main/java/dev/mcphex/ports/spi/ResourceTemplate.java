package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import java.util.Objects;

/** A family of resources addressed by an RFC 6570 URI template. */
public record ResourceTemplate(ResourceTemplateDefinition definition, TemplateReader reader, Completer completer) {
    public ResourceTemplate {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(reader, "reader");
        completer = completer == null ? Completer.NONE : completer;
    }

    public ResourceTemplate(ResourceTemplateDefinition definition, TemplateReader reader) {
        this(definition, reader, Completer.NONE);
    }
}
