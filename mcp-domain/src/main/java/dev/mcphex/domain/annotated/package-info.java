/**
 * Tools, resources and prompts declared with the annotations of
 * {@code dev.mcphex.ports.spi.annotations}: {@link dev.mcphex.domain.annotated.AnnotatedHandlers#scan(Object)}
 * reads an object's annotated methods once, derives their definitions and JSON schemas
 * ({@link dev.mcphex.domain.annotated.JsonSchemas}), and returns handlers that call the methods
 * through method handles.
 */
package dev.mcphex.domain.annotated;
