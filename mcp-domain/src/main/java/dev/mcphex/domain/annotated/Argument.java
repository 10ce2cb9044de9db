package dev.mcphex.domain.annotated;

import dev.mcphex.ports.spi.annotations.McpParam;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;

/**
 * A method parameter the client supplies, as opposed to an injected one.
 *
 * @param name        its name in the protocol
 * @param parameter   the Java parameter
 * @param description what it means, or {@code null}
 * @param required    whether the client must supply it
 */
record Argument(String name, Parameter parameter, String description, boolean required) {

    static Argument of(String name, Parameter parameter) {
        McpParam param = parameter.getAnnotation(McpParam.class);
        boolean optional = SchemaBuilder.isOptional(parameter.getParameterizedType());
        return new Argument(name, parameter,
                param == null ? null : Names.blankToNull(param.description()),
                !optional && (param == null || param.required()));
    }

    Type type() {
        return parameter.getParameterizedType();
    }

    boolean isOptional() {
        return SchemaBuilder.isOptional(type());
    }

    /** How errors name it. */
    String origin() {
        return "parameter '" + name + "'";
    }
}
