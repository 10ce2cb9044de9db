package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionJson;
import java.util.List;

/**
 * Reads agent definitions files: {@code {"agents": [ ... ]}} or a bare list, in the shape
 * {@link AgentDefinitionJson} describes.
 */
public final class AgentDefinitionsJson {
    private AgentDefinitionsJson() {
    }

    /**
     * @param source names the source in error messages, such as a file name
     * @throws IllegalArgumentException naming the source and what is wrong
     */
    public static List<AgentDefinition> parse(String json, String source) {
        return AgentDefinitionJson.parseAll(json, source);
    }
}
