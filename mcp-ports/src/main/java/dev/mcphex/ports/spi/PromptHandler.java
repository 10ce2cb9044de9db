package dev.mcphex.ports.spi;

import dev.mcphex.ports.protocol.PromptResult;
import java.util.Map;

/** Renders a prompt. */
@FunctionalInterface
public interface PromptHandler {
    /**
     * @param arguments the arguments, already checked against the prompt's declared arguments
     */
    PromptResult get(Map<String, String> arguments, McpContext context) throws Exception;
}
