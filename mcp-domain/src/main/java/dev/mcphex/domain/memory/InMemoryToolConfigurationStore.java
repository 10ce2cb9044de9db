package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tool configuration held in this process: the embedded default, lost on restart. */
public final class InMemoryToolConfigurationStore implements ToolConfigurationStore {
    private final Map<String, ToolConfiguration> configurations = new ConcurrentHashMap<>();

    @Override
    public Optional<ToolConfiguration> find(String tool) {
        return Optional.ofNullable(configurations.get(tool));
    }

    @Override
    public List<ToolConfiguration> all() {
        return configurations.values().stream().sorted(Comparator.comparing(ToolConfiguration::tool)).toList();
    }

    @Override
    public void save(ToolConfiguration configuration) {
        configurations.put(configuration.tool(), configuration);
    }

    @Override
    public boolean delete(String tool) {
        return configurations.remove(tool) != null;
    }
}
