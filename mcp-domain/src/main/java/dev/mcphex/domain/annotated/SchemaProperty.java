package dev.mcphex.domain.annotated;

import java.lang.reflect.Type;

/**
 * One property of an object schema: a tool parameter or a record component.
 *
 * @param name        the property name
 * @param type        the Java type of its value
 * @param description what it means, or {@code null}
 * @param required    whether it must be present
 * @param origin      how errors name it, such as {@code parameter 'id'}
 */
record SchemaProperty(String name, Type type, String description, boolean required, String origin) {
}
