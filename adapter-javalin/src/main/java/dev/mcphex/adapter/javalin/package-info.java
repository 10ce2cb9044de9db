/**
 * The MCP transports over HTTP on Javalin: Streamable HTTP, the 2024-11-05 HTTP+SSE transport and
 * WebSocket, and the operations endpoints.
 */
package dev.mcphex.adapter.javalin;
