package dev.mcphex.ports.agents;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;

/**
 * How a change to the {@link AgentDefinitionStore} reaches clients: agents are listed as resources and as
 * prompts, so whoever saves or deletes a definition announces both list changes on the {@link NotificationBus},
 * and every instance's listening clients hear {@code notifications/resources/list_changed} and
 * {@code notifications/prompts/list_changed}. The engine lists agents from the store on every request, so there
 * is nothing to refresh first.
 */
public final class AgentDefinitionChanges {
    private AgentDefinitionChanges() {
    }

    /** Announces that the stored agent definitions changed. */
    public static void announce(NotificationBus bus) {
        bus.publish(new ServerEvent.ResourcesChanged());
        bus.publish(new ServerEvent.PromptsChanged());
    }
}
