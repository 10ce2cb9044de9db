/** What the server offers: tools, resources, resource templates and prompts, with their compiled schemas. */
package dev.mcphex.domain.catalog;
