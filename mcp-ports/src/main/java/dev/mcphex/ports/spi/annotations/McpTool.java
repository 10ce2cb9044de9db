package dev.mcphex.ports.spi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP tool. The input schema is derived from the method's parameters
 * (see {@link McpParam}); parameters of type {@code McpContext}, {@code Cancellation} and
 * {@code Principal} are injected and not part of the schema. A method returning a value other than a
 * tool result, text or content gets an output schema derived from its return type, and its value is
 * returned as structured content.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpTool {
    /** The tool's name; empty means the method's name in snake_case ({@code findUser} becomes {@code find_user}). */
    String name() default "";

    /** Optional display name; empty means none. */
    String title() default "";

    /** What the tool does, for the model to read. Required and non-blank. */
    String description();

    /** Whether the tool leaves its environment unchanged. */
    Hint readOnlyHint() default Hint.UNSET;

    /** Whether the tool may perform destructive updates. */
    Hint destructiveHint() default Hint.UNSET;

    /** Whether repeating a call with the same arguments has no further effect. */
    Hint idempotentHint() default Hint.UNSET;

    /** Whether the tool interacts with an open world of external entities. */
    Hint openWorldHint() default Hint.UNSET;

    /** Scopes a caller must hold, all of them, to see and call it; empty means anyone may. */
    String[] scopes() default {};
}
