package dev.mcphex.ports.agents;

import java.util.List;
import java.util.Optional;

/**
 * Agent definitions kept by operators at run time, beside those the configuration files declare. Every
 * instance sees a change as soon as it is saved.
 */
public interface AgentDefinitionStore {

    /** Every stored definition, by name. */
    List<AgentDefinition> list();

    /** The definition with this name, if stored. */
    Optional<AgentDefinition> find(String name);

    /** Creates or replaces the definition with this name. */
    void save(AgentDefinition definition);

    /** Removes a definition; {@code false} if there was none. */
    boolean delete(String name);
}
