/**
 * The ports transports call: {@link dev.mcphex.ports.driving.McpServer} takes inbound JSON-RPC
 * messages with their {@link dev.mcphex.ports.driving.Exchange} and answers them.
 */
package dev.mcphex.ports.driving;
