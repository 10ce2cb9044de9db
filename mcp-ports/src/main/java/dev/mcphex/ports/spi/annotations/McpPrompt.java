package dev.mcphex.ports.spi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP prompt. Its arguments are the method's {@code String} or
 * {@code Optional<String>} parameters (see {@link McpParam}); {@code McpContext}, {@code Cancellation}
 * and {@code Principal} parameters are injected. The method may return a {@code PromptResult}, a
 * {@code String} (one user message), a {@code PromptMessage} or a {@code List<PromptMessage>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpPrompt {
    /** The prompt's name; empty means the method's name in snake_case. */
    String name() default "";

    /** Optional display name; empty means none. */
    String title() default "";

    /** What the prompt is for. Required and non-blank. */
    String description();

    /** Scopes a caller must hold, all of them, to see and get it; empty means anyone may. */
    String[] scopes() default {};
}
