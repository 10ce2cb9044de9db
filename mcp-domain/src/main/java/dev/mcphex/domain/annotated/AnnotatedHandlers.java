package dev.mcphex.domain.annotated;

import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.annotations.McpPrompt;
import dev.mcphex.ports.spi.annotations.McpResource;
import dev.mcphex.ports.spi.annotations.McpTool;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The tools, resources, resource templates and prompts declared by the annotated methods of one object.
 * Each list is sorted by name.
 *
 * @param tools     from {@link McpTool} methods
 * @param resources from {@link McpResource} methods with a fixed URI
 * @param templates from {@link McpResource} methods with a URI template
 * @param prompts   from {@link McpPrompt} methods
 */
public record AnnotatedHandlers(List<Tool> tools, List<Resource> resources, List<ResourceTemplate> templates,
                                List<Prompt> prompts) {
    private static final List<Class<? extends Annotation>> ANNOTATIONS =
            List.of(McpTool.class, McpResource.class, McpPrompt.class);

    public AnnotatedHandlers {
        tools = List.copyOf(tools);
        resources = List.copyOf(resources);
        templates = List.copyOf(templates);
        prompts = List.copyOf(prompts);
    }

    /**
     * Finds the annotated public methods of an object (declared or inherited; static ones too) and
     * builds their handlers. All reflection happens here: each call then goes through a method handle.
     *
     * @throws IllegalArgumentException naming the class and method, when an annotated method is not
     *                                  public, lacks a description, reuses a name or URI, has a parameter
     *                                  whose name is unknown or whose type has no JSON schema, or returns
     *                                  a type it cannot
     */
    public static AnnotatedHandlers scan(Object bean) {
        Objects.requireNonNull(bean, "bean");
        requireAnnotatedMethodsPublic(bean.getClass());
        List<Method> methods = Arrays.stream(bean.getClass().getMethods())
                .filter(method -> !method.isBridge() && !method.isSynthetic())
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
        List<Tool> tools = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        List<ResourceTemplate> templates = new ArrayList<>();
        List<Prompt> prompts = new ArrayList<>();
        for (Method method : methods) {
            if (method.isAnnotationPresent(McpTool.class)) {
                tools.add(ToolFactory.create(bean, method));
            }
            if (method.isAnnotationPresent(McpResource.class)) {
                if (ResourceFactory.isTemplate(method)) {
                    templates.add(ResourceFactory.template(bean, method));
                } else {
                    resources.add(ResourceFactory.fixed(bean, method));
                }
            }
            if (method.isAnnotationPresent(McpPrompt.class)) {
                prompts.add(PromptFactory.create(bean, method));
            }
        }
        Class<?> type = bean.getClass();
        requireUnique(type, "resource URI", resources, Resource::uri);
        requireUnique(type, "resource template", templates, template -> template.definition().uriTemplate());
        return new AnnotatedHandlers(
                sortedUnique(type, "tool name", tools, Tool::name),
                sortedUnique(type, "resource name", resources, resource -> resource.definition().name()),
                sortedUnique(type, "resource template name", templates, template -> template.definition().name()),
                sortedUnique(type, "prompt name", prompts, Prompt::name));
    }

    /** Whether the object declared nothing. */
    public boolean isEmpty() {
        return tools.isEmpty() && resources.isEmpty() && templates.isEmpty() && prompts.isEmpty();
    }

    private static <T> List<T> sortedUnique(Class<?> type, String what, List<T> items, Function<T, String> key) {
        requireUnique(type, what, items, key);
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static <T> void requireUnique(Class<?> type, String what, List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new IllegalArgumentException(type.getName() + ": two annotated methods declare the "
                        + what + " '" + key.apply(item) + "'");
            }
        }
    }

    private static void requireAnnotatedMethodsPublic(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                boolean annotated = ANNOTATIONS.stream().anyMatch(method::isAnnotationPresent);
                if (annotated && !Modifier.isPublic(method.getModifiers())) {
                    throw new IllegalArgumentException(Names.of(method) + " is annotated but not public");
                }
            }
        }
    }
}
