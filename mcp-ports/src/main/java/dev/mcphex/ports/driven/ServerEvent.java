package dev.mcphex.ports.driven;

import java.util.Objects;

/** A change that clients may want to hear about: list changes and resource updates. */
public sealed interface ServerEvent {

    /** The tool list changed. */
    record ToolsChanged() implements ServerEvent {
    }

    /** The prompt list changed. */
    record PromptsChanged() implements ServerEvent {
    }

    /** The resource list changed. */
    record ResourcesChanged() implements ServerEvent {
    }

    /** One resource's contents changed. */
    record ResourceUpdated(String uri) implements ServerEvent {
        public ResourceUpdated {
            Objects.requireNonNull(uri, "uri");
        }
    }
}
