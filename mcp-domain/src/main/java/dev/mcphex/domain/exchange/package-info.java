/**
 * One request in flight: its scope, the {@link dev.mcphex.ports.spi.McpContext} handlers see, and the
 * two ways an ask reaches the client (a server-to-client request in the legacy era, an input-required
 * round in the modern era).
 */
package dev.mcphex.domain.exchange;
