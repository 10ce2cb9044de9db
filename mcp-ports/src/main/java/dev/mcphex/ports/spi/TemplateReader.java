package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ResourceContents;
import java.util.List;
import java.util.Map;

/** Reads a resource addressed through a URI template. */
@FunctionalInterface
public interface TemplateReader {
    /**
     * @param uri       the URI the client asked for
     * @param variables the template variables extracted from it
     * @throws ResourceNotFoundException if nothing exists at that URI
     */
    List<ResourceContents> read(String uri, Map<String, String> variables, McpContext context) throws Exception;
}
