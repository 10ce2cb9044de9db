package dev.mcphex.ports.driven;

import java.util.Objects;

/** A change that clients may want to hear about: list changes, resource updates and task changes. */
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

    /** One task of the tasks extension changed: its status, pending input requests or outcome. */
    record TaskChanged(String taskId) implements ServerEvent {
        public TaskChanged {
            Objects.requireNonNull(taskId, "taskId");
        }
    }
}
