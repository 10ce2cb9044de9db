package dev.mcphex.domain.annotated;

import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.annotations.McpPrompt;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns an {@link McpPrompt} method into a {@link Prompt}. */
final class PromptFactory {
    private static final PromptResult EMPTY = new PromptResult(null, List.of());

    private PromptFactory() {
    }

    /**
     * @throws IllegalArgumentException naming the method when it cannot serve as a prompt
     */
    static Prompt create(Object bean, Method method) {
        McpPrompt prompt = method.getAnnotation(McpPrompt.class);
        String name = Names.nameWithDescription(method, "@McpPrompt", prompt.name(), prompt.description());
        List<Argument> arguments = MethodInvoker.arguments(method);
        for (Argument argument : arguments) {
            if (!isString(argument.type())) {
                throw new IllegalArgumentException(Names.of(method) + ": prompt " + argument.origin()
                        + " must be a String or an Optional<String>, not " + argument.type().getTypeName());
            }
        }
        Function<Object, PromptResult> result = result(method);
        PromptDefinition definition = new PromptDefinition(name, Names.blankToNull(prompt.title()),
                prompt.description(), arguments.stream().map(PromptFactory::declared).toList(), null);
        MethodInvoker<Map<String, String>> invoker = MethodInvoker.create(bean, method, arguments,
                StringArgument::of);
        return new Prompt(definition, (values, context) -> {
            Object value = invoker.invoke(values, context);
            return value == null ? EMPTY : result.apply(value);
        }, null, Set.of(prompt.scopes()));
    }

    private static PromptArgument declared(Argument argument) {
        return new PromptArgument(argument.name(), null, argument.description(), argument.required());
    }

    private static boolean isString(Type type) {
        return type == String.class || type instanceof ParameterizedType p && p.getRawType() == Optional.class
                && p.getActualTypeArguments()[0] == String.class;
    }

    private static Function<Object, PromptResult> result(Method method) {
        Type type = method.getGenericReturnType();
        Class<?> raw = SchemaBuilder.rawClass(type);
        if (raw == PromptResult.class) {
            return PromptResult.class::cast;
        }
        if (raw == String.class) {
            return value -> PromptResult.of(PromptMessage.user((String) value));
        }
        if (raw == PromptMessage.class) {
            return value -> PromptResult.of((PromptMessage) value);
        }
        if (raw == List.class && type instanceof ParameterizedType p
                && SchemaBuilder.rawClass(p.getActualTypeArguments()[0]) == PromptMessage.class) {
            return value -> new PromptResult(null, ((List<?>) value).stream().map(PromptMessage.class::cast)
                    .toList());
        }
        throw new IllegalArgumentException(Names.of(method) + ": a prompt method must return PromptResult, String,"
                + " PromptMessage or List<PromptMessage>, not " + type.getTypeName());
    }
}
