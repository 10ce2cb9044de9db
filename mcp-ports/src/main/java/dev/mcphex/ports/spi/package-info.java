/**
 * What tool authors implement: tools, resources, resource templates, prompts and completers, and the
 * {@link dev.mcphex.ports.spi.McpContext} they use to report progress, log, ask the user or the model,
 * and notice cancellation. Code written against this package serves both protocol eras unchanged.
 */
package dev.mcphex.ports.spi;
