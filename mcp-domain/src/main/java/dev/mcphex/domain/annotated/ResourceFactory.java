package dev.mcphex.domain.annotated;

import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceNotFoundException;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.annotations.McpResource;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns an {@link McpResource} method into a {@link Resource} or a {@link ResourceTemplate}. */
final class ResourceFactory {
    private ResourceFactory() {
    }

    /** Whether the method declares a URI template rather than a fixed URI. */
    static boolean isTemplate(Method method) {
        return Names.isTemplate(method.getAnnotation(McpResource.class).uri());
    }

    /**
     * @throws IllegalArgumentException naming the method when it cannot serve as a fixed resource
     */
    static Resource fixed(Object bean, Method method) {
        McpResource resource = method.getAnnotation(McpResource.class);
        List<Argument> arguments = MethodInvoker.arguments(method);
        if (!arguments.isEmpty()) {
            throw new IllegalArgumentException(Names.of(method) + ": a resource with the fixed URI " + resource.uri()
                    + " takes no arguments, but has parameter '" + arguments.get(0).name() + "'");
        }
        Contents contents = contents(method, resource.mimeType());
        ResourceDefinition definition;
        try {
            definition = new ResourceDefinition(resource.uri(), name(resource, method),
                    Names.blankToNull(resource.title()), Names.blankToNull(resource.description()),
                    resource.mimeType(), null, null, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Names.of(method) + ": " + e.getMessage(), e);
        }
        MethodInvoker<Map<String, String>> invoker = MethodInvoker.create(bean, method, arguments,
                StringArgument::of);
        return new Resource(definition, (uri, context) -> contents.of(uri, invoker.invoke(Map.of(), context)),
                Set.of(resource.scopes()));
    }

    /**
     * @throws IllegalArgumentException naming the method when it cannot serve as a resource template
     */
    static ResourceTemplate template(Object bean, Method method) {
        McpResource resource = method.getAnnotation(McpResource.class);
        if (resource.scopes().length > 0) {
            throw new IllegalArgumentException(Names.of(method) + ": scopes are supported on resources with a"
                    + " fixed URI only, not on the template " + resource.uri());
        }
        List<String> variables;
        try {
            variables = Names.templateVariables(resource.uri());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Names.of(method) + ": " + e.getMessage(), e);
        }
        List<Argument> arguments = MethodInvoker.arguments(method);
        requireVariablesBound(method, variables, arguments);
        Contents contents = contents(method, resource.mimeType());
        ResourceTemplateDefinition definition = new ResourceTemplateDefinition(resource.uri(),
                name(resource, method), Names.blankToNull(resource.title()),
                Names.blankToNull(resource.description()), resource.mimeType(), null, null);
        MethodInvoker<Map<String, String>> invoker = MethodInvoker.create(bean, method, arguments,
                argument -> new StringArgument(argument.name(), false, true));
        return new ResourceTemplate(definition,
                (uri, values, context) -> contents.of(uri, invoker.invoke(values, context)));
    }

    /** The resource's name: declared, or the method's name in snake_case. */
    static String name(McpResource resource, Method method) {
        return Names.orDefault(resource.name(), Names.snakeCase(method.getName()));
    }

    private static void requireVariablesBound(Method method, List<String> variables, List<Argument> arguments) {
        Set<String> unbound = new HashSet<>(variables);
        for (Argument argument : arguments) {
            if (argument.parameter().getType() != String.class) {
                throw new IllegalArgumentException(Names.of(method) + ": template " + argument.origin()
                        + " must be a String");
            }
            if (!unbound.remove(argument.name())) {
                throw new IllegalArgumentException(Names.of(method) + ": " + argument.origin()
                        + " is not a variable of the URI template; its variables are " + variables);
            }
        }
        if (!unbound.isEmpty()) {
            throw new IllegalArgumentException(Names.of(method) + ": URI template variables " + unbound.stream()
                    .sorted().toList() + " are not bound to any parameter");
        }
    }

    /** Turns what a resource method returned into the contents read at a URI. */
    @FunctionalInterface
    private interface Contents {
        List<ResourceContents> of(String uri, Object value);
    }

    private static Contents contents(Method method, String mimeType) {
        Type type = method.getGenericReturnType();
        Contents contents = contentsOf(type, mimeType);
        if (contents == null) {
            throw new IllegalArgumentException(Names.of(method) + ": a resource method must return String, byte[],"
                    + " ResourceContents or List<ResourceContents>, not " + type.getTypeName());
        }
        return (uri, value) -> {
            if (value == null) {
                throw new ResourceNotFoundException(uri);
            }
            return contents.of(uri, value);
        };
    }

    private static Contents contentsOf(Type type, String mimeType) {
        Class<?> raw = SchemaBuilder.rawClass(type);
        if (raw == String.class) {
            return (uri, value) -> List.of(ResourceContents.text(uri, mimeType, (String) value));
        }
        if (raw == byte[].class) {
            return (uri, value) -> List.of(ResourceContents.blob(uri, mimeType,
                    Base64.getEncoder().encodeToString((byte[]) value)));
        }
        if (ResourceContents.class.isAssignableFrom(raw)) {
            return (uri, value) -> List.of((ResourceContents) value);
        }
        if (raw == List.class && type instanceof ParameterizedType p
                && ResourceContents.class.isAssignableFrom(SchemaBuilder.rawClass(p.getActualTypeArguments()[0]))) {
            return (uri, value) -> ((List<?>) value).stream().map(ResourceContents.class::cast).toList();
        }
        return null;
    }
}
