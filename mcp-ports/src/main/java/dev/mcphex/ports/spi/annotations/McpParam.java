package dev.mcphex.ports.spi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of an {@link McpTool}, {@link McpPrompt} or templated {@link McpResource}
 * method, or a component of a record used as a tool argument or result.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface McpParam {
    /**
     * The argument's name; empty means the Java parameter or component name. Required on method
     * parameters when the class was compiled without {@code -parameters}.
     */
    String name() default "";

    /** What the argument means, for the model to read; empty means none. */
    String description() default "";

    /** Whether the client must supply the argument. {@code Optional} parameters are never required. */
    boolean required() default true;
}
