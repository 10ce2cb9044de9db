package dev.mcphex.ports.spi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP resource. With a fixed URI the method takes no arguments besides
 * injected ones ({@code McpContext}, {@code Cancellation}, {@code Principal}). With an RFC 6570 level-1
 * template such as {@code notes://{id}} (any URI containing <code>{</code>) it is a resource template,
 * and it takes one {@code String} parameter per template variable, named like the variable or
 * annotated with {@link McpParam#name()}.
 *
 * <p>The method may return a {@code String} (text with {@link #mimeType()}), a {@code byte[]} (a blob),
 * a {@code ResourceContents} or a {@code List<ResourceContents>}; {@code null} means not found.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpResource {
    /** The resource's absolute URI, or a URI template. */
    String uri();

    /** The resource's name; empty means the method's name in snake_case. */
    String name() default "";

    /** Optional display name; empty means none. */
    String title() default "";

    /** What the resource holds; empty means none. */
    String description() default "";

    /** The MIME type of the contents. */
    String mimeType() default "text/plain";

    /** Scopes a caller must hold, all of them, to see and read it; empty means anyone may. */
    String[] scopes() default {};
}
