package dev.mcphex.ports.driven;

import java.util.List;
import java.util.Optional;

/**
 * Keeps operators' tool configuration. Whoever saves a change publishes
 * {@link ServerEvent.ToolsChanged} on the {@link NotificationBus}, so every instance re-reads it and
 * clients hear {@code notifications/tools/list_changed}.
 */
public interface ToolConfigurationStore {

    Optional<ToolConfiguration> find(String tool);

    /** Every configured tool, by name. */
    List<ToolConfiguration> all();

    /** Creates or replaces a tool's configuration. */
    void save(ToolConfiguration configuration);

    /** Forgets a tool's configuration; {@code false} if there was none. */
    boolean delete(String tool);
}
