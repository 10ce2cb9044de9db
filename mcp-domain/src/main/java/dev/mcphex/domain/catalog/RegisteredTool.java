package dev.mcphex.domain.catalog;

import dev.mcphex.ports.spi.Tool;

/**
 * A tool with its schemas compiled.
 *
 * @param tool         the tool
 * @param inputSchema  the compiled input schema
 * @param outputSchema the compiled output schema, or {@code null}
 */
public record RegisteredTool(Tool tool, CompiledSchema inputSchema, CompiledSchema outputSchema) {

    static RegisteredTool compile(Tool tool) {
        var definition = tool.definition();
        CompiledSchema input = CompiledSchema.compile("tool " + tool.name() + " inputSchema", definition.inputSchema());
        CompiledSchema output = definition.outputSchema() == null ? null
                : CompiledSchema.compile("tool " + tool.name() + " outputSchema", definition.outputSchema());
        return new RegisteredTool(tool, input, output);
    }
}
