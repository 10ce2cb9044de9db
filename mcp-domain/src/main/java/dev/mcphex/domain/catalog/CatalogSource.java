package dev.mcphex.domain.catalog;

import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import java.util.List;

/**
 * Resources and prompts a feature keeps elsewhere, such as in a shared store, asked for on every list and
 * lookup so that each instance shows the current ones. Whoever changes them announces the list change on
 * the notification bus. A resource or prompt the catalog holds itself wins over one of the same URI or name.
 */
public interface CatalogSource {

    /** The resources it offers now. */
    List<Resource> resources();

    /** The prompts it offers now. */
    List<Prompt> prompts();
}
