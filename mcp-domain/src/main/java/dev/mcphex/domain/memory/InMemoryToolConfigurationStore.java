package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Operators' tool configuration in this process's memory. */
public final class InMemoryToolConfigurationStore implements ToolConfigurationStore {
    private final ConcurrentSkipListMap<String, ToolConfiguration> configurations = new ConcurrentSkipListMap<>();

    @Override
    public Optional<ToolConfiguration> find(String tool) {
        return Optional.ofNullable(configurations.get(tool));
    }

    @Override
    public List<ToolConfiguration> all() {
        return List.copyOf(configurations.values());
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
