package dev.mcphex.domain.annotated;

import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.spi.McpContext;
import java.util.Map;
import java.util.Optional;

/**
 * Binds one {@code String} or {@code Optional<String>} parameter from string arguments: a prompt's
 * arguments or a URI template's variables.
 *
 * @param name     the argument's name
 * @param optional whether the parameter is an {@code Optional<String>}
 * @param required whether it must be present
 */
record StringArgument(String name, boolean optional, boolean required) implements Slot<Map<String, String>> {

    static StringArgument of(Argument argument) {
        return new StringArgument(argument.name(), argument.isOptional(), argument.required());
    }

    @Override
    public Object value(Map<String, String> arguments, McpContext context) {
        String value = arguments == null ? null : arguments.get(name);
        if (value == null && required) {
            throw McpProtocolException.invalidParams("Missing required argument '" + name + "'");
        }
        return optional ? Optional.ofNullable(value) : value;
    }
}
