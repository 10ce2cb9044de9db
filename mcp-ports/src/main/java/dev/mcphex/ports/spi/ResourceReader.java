package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.ResourceContents;
import java.util.List;

/** Reads a fixed resource. */
@FunctionalInterface
public interface ResourceReader {
    /**
     * @throws ResourceNotFoundException if the resource is gone
     */
    List<ResourceContents> read(String uri, McpContext context) throws Exception;
}
