package dev.mcphex.domain.catalog;

import dev.mcphex.ports.spi.ResourceTemplate;

/**
 * A resource template with its URI template parsed.
 *
 * @param template the resource template
 * @param uri      the parsed URI template
 */
public record RegisteredTemplate(ResourceTemplate template, UriTemplate uri) {
}
