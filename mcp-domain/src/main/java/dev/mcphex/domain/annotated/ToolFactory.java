package dev.mcphex.domain.annotated;

import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.annotations.McpTool;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Turns an {@link McpTool} method into a {@link Tool}. */
final class ToolFactory {
    private ToolFactory() {
    }

    /**
     * @throws IllegalArgumentException naming the method when it cannot serve as a tool
     */
    static Tool create(Object bean, Method method) {
        McpTool tool = method.getAnnotation(McpTool.class);
        String name = Names.nameWithDescription(method, "@McpTool", tool.name(), tool.description());
        List<Argument> arguments = MethodInvoker.arguments(method);
        ObjectNode inputSchema = inputSchema(method, arguments);
        ToolReturn output;
        try {
            output = ToolReturn.of(method.getGenericReturnType());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Names.of(method) + ": return type: " + e.getMessage(), e);
        }
        ToolDefinition definition;
        try {
            definition = new ToolDefinition(name, Names.blankToNull(tool.title()), tool.description(), inputSchema,
                    output.outputSchema(), annotations(tool), null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Names.of(method) + ": " + e.getMessage(), e);
        }
        MethodInvoker<ObjectNode> invoker = MethodInvoker.create(bean, method, arguments, JsonArgument::of);
        return new Tool(definition, (call, context) -> output.toResult(invoker.invoke(call.arguments(), context)),
                Set.of(tool.scopes()));
    }

    private static ObjectNode inputSchema(Method method, List<Argument> arguments) {
        List<SchemaProperty> properties = new ArrayList<>();
        for (Argument argument : arguments) {
            properties.add(new SchemaProperty(argument.name(), argument.type(), argument.description(),
                    argument.required(), argument.origin()));
        }
        SchemaBuilder builder = new SchemaBuilder();
        try {
            return builder.document(builder.object(properties));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Names.of(method) + ": " + e.getMessage(), e);
        }
    }

    private static ToolAnnotations annotations(McpTool tool) {
        return new ToolAnnotations(null, tool.readOnlyHint().value(), tool.destructiveHint().value(),
                tool.idempotentHint().value(), tool.openWorldHint().value());
    }
}
