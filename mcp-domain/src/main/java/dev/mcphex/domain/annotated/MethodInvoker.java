package dev.mcphex.domain.annotated;

import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.annotations.McpParam;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Calls an annotated method through a method handle built once at scan time, filling each parameter
 * from the request's arguments or its context.
 *
 * @param <A> what the request's arguments arrive as
 */
final class MethodInvoker<A> {
    private final MethodHandle handle;
    private final List<Slot<A>> slots;

    private MethodInvoker(MethodHandle handle, List<Slot<A>> slots) {
        this.handle = handle;
        this.slots = slots;
    }

    /**
     * The client-supplied parameters of a method, in order.
     *
     * @throws IllegalArgumentException when a name is unknown or appears twice
     */
    static List<Argument> arguments(Method method) {
        List<Argument> arguments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            if (Injection.isInjectable(parameter.getType())) {
                continue;
            }
            String name = name(method, parameter, i);
            if (!names.add(name)) {
                throw new IllegalArgumentException(Names.of(method) + ": two parameters are named '" + name + "'");
            }
            arguments.add(Argument.of(name, parameter));
        }
        return arguments;
    }

    /**
     * @param arguments    the method's {@link #arguments(Method)}
     * @param argumentSlot how each of them is read from the request
     */
    static <A> MethodInvoker<A> create(Object bean, Method method, List<Argument> arguments,
                                       Function<Argument, Slot<A>> argumentSlot) {
        List<Slot<A>> slots = new ArrayList<>();
        Iterator<Argument> next = arguments.iterator();
        for (Parameter parameter : method.getParameters()) {
            if (Injection.isInjectable(parameter.getType())) {
                Function<McpContext, Object> resolver = Injection.resolver(parameter.getType());
                slots.add((args, context) -> resolver.apply(context));
            } else {
                slots.add(argumentSlot.apply(next.next()));
            }
        }
        return new MethodInvoker<>(handle(bean, method), List.copyOf(slots));
    }

    /** Calls the method; what it throws propagates as is. */
    Object invoke(A arguments, McpContext context) throws Exception {
        Object[] values = new Object[slots.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = slots.get(i).value(arguments, context);
        }
        try {
            return (Object) handle.invokeExact(values);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static String name(Method method, Parameter parameter, int index) {
        McpParam param = parameter.getAnnotation(McpParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (!parameter.isNamePresent()) {
            throw new IllegalArgumentException(Names.of(method) + ": the name of parameter " + index
                    + " is unknown because the class was compiled without -parameters;"
                    + " compile with -parameters or give it @McpParam(name = ...)");
        }
        return parameter.getName();
    }

    private static MethodHandle handle(Object bean, Method method) {
        MethodHandle direct;
        try {
            direct = method.trySetAccessible()
                    ? MethodHandles.lookup().unreflect(method)
                    : MethodHandles.publicLookup().unreflect(method);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(Names.of(method) + " is not accessible: make its class public"
                    + " and its package exported, or open the package", e);
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            direct = direct.bindTo(bean);
        }
        return direct.asSpreader(Object[].class, method.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
    }
}
